import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';

import { SelectField } from '@/components/select-field';
import { TableHeader } from '@/components/table-header';
import { countOf } from '@/lib/text/plural';

import type { ImportView } from '../../core/import-view';
import { missingRequiredFields } from '../../core/match-member-headers';
import { memberColumns } from '../../core/member-columns';
import type { MemberField, MemberMapping } from '../../core/types';

const formatNames = {
  builtin: 'built-in accounts',
  saml: 'SAML accounts',
  enterprise: 'enterprise accounts',
  'createusers-builtin': 'CreateUsers built-in accounts (pipe-delimited)',
  'createusers-enterprise': 'CreateUsers enterprise accounts (pipe-delimited)',
} as const;
const delimiterNames = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' } as const;

/** "12 rows of SAML accounts, UTF-8, semicolon-separated." — no kind of account when the headers were not recognised. */
function describeFile(file: ImportView): string {
  const rows = file.headersUnrecognized ? countOf(file.rowCount, 'row') : `${countOf(file.rowCount, 'row')} of ${formatNames[file.format]}`;
  const source = file.workbook ? 'from the first sheet of an Excel workbook' : `${file.encoding.toUpperCase()}, ${delimiterNames[file.delimiter]}-separated`;
  return `${rows}, ${source}.`;
}

type Props = { analysis: ImportView; fileName: string; isBusy: boolean; onConfirm: (mapping: MemberMapping) => void; onBack: () => void };

/** Which column feeds which field; matched automatically, changeable by the reviewer. */
export function ImportColumnsStep({ analysis, fileName, isBusy, onConfirm, onBack }: Props) {
  const [mapping, setMapping] = useState<MemberMapping>(analysis.mapping);
  const file = analysis;
  const missing = missingRequiredFields(mapping, file.format);
  const used = new Set(Object.values(mapping).filter((index) => index !== undefined));
  const unmapped = file.headers.filter((_, index) => !used.has(index));
  const sample = file.firstRow;
  const headerOptions = file.headers.map((header, index) => ({ value: String(index), label: header }));

  const handleChange = (field: MemberField, value: string) => {
    setMapping((current) => ({ ...current, [field]: value === '' ? undefined : Number(value) }));
  };

  return (
    <Stack spacing={2}>
      <Typography>
        <strong>{fileName}</strong>: {describeFile(file)}
      </Typography>
      {file.fileIssues.length > 0 ? <Alert severity="warning">{file.fileIssues.map((issue) => issue.message).join(' ')}</Alert> : null}
      {unmapped.length > 0 ? <Alert severity="info">Columns Roster will not read: {unmapped.join(', ')}.</Alert> : null}
      {missing.length > 0 ? (
        <Alert severity="error">Choose a column for: {missing.map((field) => memberColumns.find((column) => column.field === field)?.label).join(', ')}.</Alert>
      ) : null}
      <Table size="small" aria-label="Column mapping" sx={{ bgcolor: 'background.paper', maxWidth: 900 }}>
        <TableHeader columns={['Field', 'Column in the file', 'First row']} />
        <TableBody>
          {memberColumns.map((column) => {
            const index = mapping[column.field];
            const header = index === undefined ? undefined : file.headers[index];
            const example = header === undefined ? '' : (sample?.[header] ?? '');
            return (
              <TableRow key={column.field}>
                <TableCell>{column.label}</TableCell>
                <TableCell>
                  <SelectField
                    size="small"
                    label={`Column for ${column.label}`}
                    value={index === undefined ? '' : String(index)}
                    onValueChange={(value) => {
                      handleChange(column.field, value);
                    }}
                    sx={{ minWidth: 240 }}
                    emptyOption="(not in the file)"
                    options={headerOptions}
                  />
                </TableCell>
                <TableCell sx={{ color: 'text.secondary' }}>{column.field === 'password' && example ? '••••••••' : example}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Stack direction="row" spacing={1}>
        <Button onClick={onBack}>Choose another file</Button>
        <Button variant="contained" disabled={missing.length > 0 || isBusy} onClick={() => onConfirm(mapping)}>
          Continue to review
        </Button>
      </Stack>
    </Stack>
  );
}
