import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';

/**
 * What the portal did not report and what Roster uses instead (`OrganizationContext.notices`), shown above both
 * wizards so nobody takes a fallback for the organization's own setting.
 */
export function OrganizationNotices({ notices }: { notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <Alert severity="info" role="status" aria-label="What the portal did not report">
      <AlertTitle>Not everything was reported by the portal</AlertTitle>
      {notices.length === 1 ? (
        notices[0]
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </Box>
      )}
    </Alert>
  );
}
