import { Card, Descriptions, Empty, Flex, Typography } from 'antd';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { DetailDrawer } from '../../shared/DetailDrawer';
import { useApiQuery } from '../../shared/use-api-query';
import { EntityHistory } from '../audit/EntityHistory';
import { describeEntry, SECTION_ORDER, sectionOf } from './service-history-view';

interface Props {
  personId: string;
  onClose(): void;
}

const h = vi.staff.history;

/** A person's page of service: conscription, militia, reserve and office staff, each kind in date order. */
export function ServiceHistoryDrawer({ personId, onClose }: Props) {
  const query = useApiQuery('people.serviceHistory', { id: personId });
  const data = query.data;
  return (
    <DetailDrawer
      query={query}
      size={720}
      title={data ? format(h.title, { name: data.fullName }) : vi.app.loading}
      onClose={onClose}
    >
      {(data) => (
        <>
          <Typography.Paragraph type="secondary">
            {format(h.born, { date: displayDate(data.birthDate) })}
          </Typography.Paragraph>
          {data.entries.length === 0 && <Empty description={h.empty} />}
          {/* Training (a later issue) becomes one more section here. */}
          {SECTION_ORDER.map((section) => {
            const entries = data.entries.filter((e) => sectionOf(e) === section);
            if (entries.length === 0) return null;
            return (
              <section key={section} aria-label={h.sections[section]} style={{ marginBottom: 24 }}>
                <Typography.Title level={5}>{h.sections[section]}</Typography.Title>
                <Flex vertical gap={12}>
                  {entries.map((entry) => {
                    const view = describeEntry(entry);
                    return (
                      <Card key={view.id} size="small" title={view.title} extra={view.period}>
                        <Descriptions
                          size="small"
                          column={1}
                          items={view.facts.map((f) => ({ key: f.label, label: f.label, children: f.value }))}
                        />
                      </Card>
                    );
                  })}
                </Flex>
              </section>
            );
          })}
          <EntityHistory entity="person" entityId={personId} />
        </>
      )}
    </DetailDrawer>
  );
}
