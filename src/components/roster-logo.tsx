import Box from '@mui/material/Box';

/** The Roster mark; decorative, so hidden from screen readers (the product name is text beside it). */
export function RosterLogo({ size = 28 }: { size?: number }) {
  return (
    <Box component="svg" viewBox="0 0 32 32" aria-hidden="true" sx={{ width: size, height: size, flexShrink: 0 }}>
      <rect width="32" height="32" rx="7" fill="#0b5cad" />
      <path d="M9 8h8.5a5.5 5.5 0 0 1 1.4 10.8L23.5 24h-4.2l-4-4.9H13V24H9zm4 3.4v4.4h4.2a2.2 2.2 0 0 0 0-4.4z" fill="#fff" />
    </Box>
  );
}
