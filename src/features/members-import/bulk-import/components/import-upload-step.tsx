import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';

import { MemberFileInput } from './member-file-input';
import { memberFileTemplates } from '../../core/member-file-templates';

type Props = { isBusy: boolean; onFile: (file: File) => void };

/** Drag and drop or browse; `.csv` and `.txt` in every layout the portal documents, or an Excel workbook's first sheet. */
export function ImportUploadStep({ isBusy, onFile }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [isOver, setIsOver] = useState(false);
  return (
    <Stack spacing={3}>
      <Box
        onDragOver={(event) => {
          event.preventDefault();
          setIsOver(true);
        }}
        onDragLeave={() => {
          setIsOver(false);
        }}
        onDrop={(event) => {
          event.preventDefault();
          setIsOver(false);
          const file = event.dataTransfer.files[0];
          if (file) onFile(file);
        }}
        sx={{
          border: 2,
          borderStyle: 'dashed',
          borderColor: isOver ? 'primary.main' : 'divider',
          bgcolor: isOver ? 'primary.light' : 'background.paper',
          borderRadius: 2,
          p: 5,
          textAlign: 'center',
        }}
      >
        <UploadFileOutlined color="primary" sx={{ fontSize: 40 }} aria-hidden="true" />
        <Typography variant="h2" component="h3" sx={{ mt: 1 }}>
          Drop a member file here
        </Typography>
        <Typography color="text.secondary" sx={{ mt: 0.5, mb: 2 }}>
          CSV, TXT or an Excel workbook (.xlsx, first sheet): built-in, SAML or enterprise accounts, or the pipe-delimited CreateUsers format. Nothing is sent
          to the portal until you have reviewed every row.
        </Typography>
        <Button variant="contained" disabled={isBusy} onClick={() => inputRef.current?.click()}>
          {isBusy ? 'Reading the file…' : 'Choose a file'}
        </Button>
        <MemberFileInput ref={inputRef} label="Member file" onFile={onFile} />
      </Box>
      <Box>
        <Typography variant="h3" sx={{ mb: 1 }}>
          Templates
        </Typography>
        <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {memberFileTemplates.map((template) => (
            <Link key={template.fileName} href={`data:text/plain;charset=utf-8,${encodeURIComponent(template.content)}`} download={template.fileName}>
              {template.label}
            </Link>
          ))}
        </Stack>
      </Box>
    </Stack>
  );
}
