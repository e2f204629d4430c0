import { DataGrid, type DataGridProps, type GridValidRowModel } from '@mui/x-data-grid';

type Props<R extends GridValidRowModel> = Omit<DataGridProps<R>, 'density' | 'getRowHeight' | 'pageSizeOptions' | 'initialState' | 'sx'> & {
  'aria-label': string;
  /** The first page's size; the others offered are the sizes above it. */
  pageSize?: 10 | 25;
};

const cellPadding = { '& .MuiDataGrid-cell': { py: 0.75 } } as const;

/** A run's lines (results, history), all at hand and paged here: compact rows as tall as their wrapped text. */
export function ReportDataGrid<R extends GridValidRowModel>({ pageSize = 25, ...grid }: Props<R>) {
  return (
    <DataGrid
      {...grid}
      density="compact"
      getRowHeight={() => 'auto'}
      initialState={{ pagination: { paginationModel: { pageSize } } }}
      pageSizeOptions={pageSize === 10 ? [10, 25, 100] : [25, 100]}
      sx={cellPadding}
    />
  );
}
