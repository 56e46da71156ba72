import { Alert, Collapse, Typography } from 'antd';
import { format, vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';
import { rateText } from './labels';

const t = vi.politicalEducation.summary;

/** Sessions and attendance over the chosen range: in total, per kind, under the renewal project, per unit. */
export function SessionSummary({ from, to }: { from: string; to: string }) {
  const figures = useApiQuery('politicalEducation.figures', { from, to });
  const f = figures.data;
  if (figures.error) return <Alert type="error" showIcon title={figures.error.message} />;
  if (!f) return null;
  if (f.sessions === 0) return <Typography.Paragraph type="secondary">{t.none}</Typography.Paragraph>;
  return (
    <section aria-label={t.title} style={{ marginBottom: 12 }}>
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        {format(t.line, {
          sessions: f.sessions,
          present: f.present,
          planned: f.planned,
          rate: rateText(f.present, f.planned),
          renewal: f.renewal,
        })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {format(t.kinds, f.byKind)}
      </Typography.Paragraph>
      <Collapse
        size="small"
        items={[
          {
            key: 'units',
            label: t.byUnit,
            children: (
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {f.byUnit.map((u) => (
                  <li key={`${u.unitKind}-${u.unitId ?? u.unitName}`}>
                    {format(t.unitLine, {
                      unit: u.unitName,
                      sessions: u.sessions,
                      present: u.present,
                      planned: u.planned,
                      rate: rateText(u.present, u.planned),
                    })}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </section>
  );
}
