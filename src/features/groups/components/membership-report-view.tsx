import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';

import { TableHeader } from '@/components/table-header';
import { downloadTextFile } from '@/lib/download-text-file';

import { countOutcomes, describeCounts, type GroupReport, type MemberOutcomeStatus, outcomeLabels, reportsToCsv } from '../membership-report';

const chipColor: Record<MemberOutcomeStatus, 'success' | 'default' | 'warning' | 'error'> = {
  added: 'success',
  'already-member': 'default',
  'not-added': 'warning',
  failed: 'error',
  'not-sent': 'default',
};

/** Who was added to each group and who was not, with reasons; downloadable as CSV. */
export function MembershipReportView({ reports, fileName }: { reports: GroupReport[]; fileName: string }) {
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        <Button
          variant="outlined"
          onClick={() => {
            downloadTextFile(fileName, reportsToCsv(reports));
          }}
        >
          Download report (CSV)
        </Button>
      </Stack>
      {reports.map((report) => {
        const summary = describeCounts(countOutcomes(report.outcomes));
        const notAdded = report.outcomes.filter((o) => o.status !== 'added');
        return (
          <Accordion key={report.groupId} defaultExpanded={reports.length === 1} disableGutters>
            <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-label={`${report.groupTitle}: ${summary}`}>
              <Stack>
                <Typography sx={{ fontWeight: 600 }}>{report.groupTitle}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {summary}
                </Typography>
              </Stack>
            </AccordionSummary>
            <AccordionDetails>
              <Table size="small" aria-label={`Result for ${report.groupTitle}`}>
                <TableHeader columns={['Username', 'Result', 'Reason']} />
                <TableBody>
                  {[...notAdded, ...report.outcomes.filter((o) => o.status === 'added')].map((outcome) => (
                    <TableRow key={outcome.username}>
                      <TableCell>{outcome.username}</TableCell>
                      <TableCell>
                        <Chip size="small" variant="outlined" color={chipColor[outcome.status]} label={outcomeLabels[outcome.status]} />
                      </TableCell>
                      <TableCell>{outcome.reason}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </AccordionDetails>
          </Accordion>
        );
      })}
    </Stack>
  );
}
