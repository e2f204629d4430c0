import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';

import { usePortalSession } from '@/hooks/use-session';

import { importQueries } from '../api/import-queries';
import { describeJournal } from '../import-journal';

import { type ImportStep, useMemberImport } from '../use-member-import';
import { ImportColumnsStep } from './import-columns-step';
import { ImportProgressStep } from './import-progress-step';
import { ImportReportStep } from './import-report-step';
import { ImportResumeNotice } from './import-resume-notice';
import { ImportReviewStep } from './import-review-step';
import { ImportUploadStep } from './import-upload-step';
import { OrganizationNotices } from './organization-notices';

const steps: { key: ImportStep; label: string }[] = [
  { key: 'upload', label: 'Upload' },
  { key: 'columns', label: 'Columns' },
  { key: 'review', label: 'Review' },
  { key: 'adding', label: 'Add' },
  { key: 'report', label: 'Report' },
];

export function MembersImportWizard({ membersHref }: { membersHref: string }) {
  const importer = useMemberImport();
  const { step, analysis, working, refreshSeats } = importer;
  // A failed seat read changes nothing: the last seats stay, and the portal still refuses a member it has no seat for.
  const refreshSeatsQuietly = useCallback(() => {
    void refreshSeats().catch(() => undefined);
  }, [refreshSeats]);
  // What the portal did not report, and the fallback used instead, shown from the first step on.
  const organization = useQuery(importQueries.organization(usePortalSession()));
  return (
    <Stack spacing={3}>
      <Stepper activeStep={steps.findIndex((item) => item.key === step)} aria-label="Import steps">
        {steps.map((item) => (
          <Step key={item.key}>
            <StepLabel>{item.label}</StepLabel>
          </Step>
        ))}
      </Stepper>
      {organization.data ? <OrganizationNotices notices={organization.data.notices} /> : null}
      {importer.error && step !== 'report' ? <Alert severity="error">{importer.error}</Alert> : null}
      {working?.kind === 'checking' ? (
        <Stack spacing={1} sx={{ maxWidth: 560 }}>
          <Typography role="status">
            Checking usernames against the portal: {working.checked.toLocaleString()} of {working.total.toLocaleString()}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={working.total ? (working.checked / working.total) * 100 : 0}
            aria-label="Username check progress"
          />
        </Stack>
      ) : null}
      {step === 'upload' ? <ImportResumeNotice /> : null}
      {importer.resuming && (step === 'columns' || step === 'review') ? (
        <Alert severity="info">
          Resuming the import of {importer.fileName}: {describeJournal(importer.resuming)} Rows already done are not
          sent again.
        </Alert>
      ) : null}
      {step === 'upload' ? (
        <ImportUploadStep isBusy={working?.kind === 'reading'} onFile={(file) => void importer.chooseFile(file)} />
      ) : null}
      {step === 'columns' && analysis ? (
        <ImportColumnsStep
          key={analysis.headers.join('|')}
          analysis={analysis}
          fileName={importer.fileName}
          isBusy={working !== null}
          onConfirm={(mapping) => void importer.confirmColumns(mapping)}
          onBack={importer.restart}
        />
      ) : null}
      {step === 'review' && analysis ? (
        <ImportReviewStep
          analysis={analysis}
          fileName={importer.fileName}
          organization={importer.organization}
          onEditRows={(changes) => void importer.editRows(changes)}
          onRefreshSeats={refreshSeatsQuietly}
          onExclude={(line, isExcluded) => void importer.setExcluded(line, isExcluded)}
          onEdit={(line, values) => void importer.editRow(line, values)}
          loadRow={importer.rowToEdit}
          reviewCsv={importer.reviewCsv}
          onConfirm={() => void importer.startAdding()}
          isResuming={importer.resuming !== null}
          onBack={() => {
            importer.setStep('columns');
          }}
        />
      ) : null}
      {step === 'adding' ? (
        <ImportProgressStep
          progress={importer.progress}
          isPaused={importer.isPaused}
          connection={importer.connection}
          onPause={importer.pause}
          onResume={importer.resume}
          onCancel={importer.cancel}
        />
      ) : null}
      {step === 'report' && analysis ? (
        <ImportReportStep
          analysis={analysis}
          outcomes={importer.outcomes}
          reportCsv={importer.reportCsv}
          fileName={importer.fileName}
          error={importer.error}
          membersHref={membersHref}
          onRestart={importer.restart}
        />
      ) : null}
    </Stack>
  );
}
