import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';
import { useNavigate } from 'react-router';

export type ChartBar = { label: string; href: string; values: number[] };
export type ChartSeries = { label: string; color?: string };

type Props = {
  /** What the chart shows, for screen readers (the numbers are listed as links beside it). */
  description: string;
  bars: ChartBar[];
  series: ChartSeries[];
  stacked?: boolean;
};

/**
 * Horizontal bars; clicking a bar opens the members table filtered to it. Screen readers get one described
 * image here and the same numbers as a list of links next to the chart.
 */
export function LinkedBarChart({ description, bars, series, stacked = false }: Props) {
  const navigate = useNavigate();
  const theme = useTheme();
  const palette = [theme.palette.primary.main, theme.palette.grey[300], theme.palette.secondary.main];
  const height = Math.max(140, bars.length * 36 + 48);
  return (
    <Box role="img" aria-label={description} sx={{ width: '100%', cursor: 'pointer' }}>
      <BarChart
        layout="horizontal"
        height={height}
        margin={{ left: 8, right: 24, top: 8, bottom: 8 }}
        yAxis={[{ scaleType: 'band', data: bars.map((bar) => bar.label), width: 180 }]}
        xAxis={[{ tickNumber: 4 }]}
        series={series.map((entry, index) => ({
          id: `series-${String(index)}`,
          label: entry.label,
          data: bars.map((bar) => bar.values[index] ?? 0),
          color: entry.color ?? palette[index % palette.length],
          ...(stacked ? { stack: 'total' } : {}),
        }))}
        hideLegend={series.length < 2}
        skipAnimation
        onItemClick={(_, item) => {
          const bar = bars[item.dataIndex];
          if (bar) void navigate(bar.href);
        }}
      />
    </Box>
  );
}
