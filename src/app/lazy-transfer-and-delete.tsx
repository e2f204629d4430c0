import LinearProgress from '@mui/material/LinearProgress';
import { lazy, Suspense } from 'react';

import type { TransferAndDeleteProps } from '@/features/members/member-page/member-deletion';

// The transfer form (member picker, run report, undo) is needed only once a member who owns something is being
// deleted: out of the members screen's first load, fetched when the ownership check starts.
const load = () => import('@/features/content-transfer/transfer/components/transfer-and-delete');
const LazyTransferAndDelete = lazy(() => load().then((module) => ({ default: module.TransferAndDelete })));

export function preloadTransferAndDelete() {
  void load();
}

export function TransferAndDelete(props: TransferAndDeleteProps) {
  return (
    <Suspense fallback={<LinearProgress aria-label="Loading the transfer form" />}>
      <LazyTransferAndDelete {...props} />
    </Suspense>
  );
}
