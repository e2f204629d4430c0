import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

type Props = { title: string; description?: ReactNode; actions?: ReactNode; children: ReactNode };

/** Every screen's frame: one h1, an optional line of context, actions on the right. */
export function PageContainer({ title, description, actions, children }: Props) {
  return (
    <Box sx={{ px: { xs: 2, md: 4 }, py: 3, maxWidth: 1440, mx: 'auto' }}>
      {/* The actions wrap under the title when they do not fit beside it (many actions, narrow windows). */}
      <Stack direction="row" useFlexGap sx={{ mb: 2.5, gap: 2, flexWrap: 'wrap', alignItems: 'flex-end' }}>
        <Box sx={{ flex: '1 1 320px' }}>
          <Typography variant="h1">{title}</Typography>
          {description ? (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {description}
            </Typography>
          ) : null}
        </Box>
        {actions ? (
          <Stack
            direction="row"
            useFlexGap
            sx={{ gap: 1, flexWrap: 'wrap', justifyContent: 'flex-end', marginLeft: 'auto', '& .MuiButton-root': { whiteSpace: 'nowrap' } }}
          >
            {actions}
          </Stack>
        ) : null}
      </Stack>
      {children}
    </Box>
  );
}
