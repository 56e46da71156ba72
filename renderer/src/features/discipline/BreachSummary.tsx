import { Alert, Typography } from 'antd';
import { format, vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';

const t = vi.discipline.summary;

/** Breaches in the chosen range by force, and how many were handled by its end. */
export function BreachSummary({ from, to }: { from: string; to: string }) {
  const figures = useApiQuery('discipline.figures', { from, to });
  const f = figures.data;
  if (figures.error) return <Alert type="error" showIcon title={figures.error.message} />;
  if (!f) return null;
  return (
    <Typography.Paragraph role="status">
      {f.total === 0
        ? t.none
        : format(t.line, {
            total: f.total,
            militia: f.byForce.militia,
            reserves: f.byForce.reserves,
            handled: f.handled,
          })}
    </Typography.Paragraph>
  );
}
