import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Skeleton, Tag, Tooltip, Typography } from 'antd';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';
import { useCan } from '../auth/session-context';
import { FiguresPanel } from './FiguresPanel';
import { MeetingPanel } from './MeetingPanel';
import { ReportDownload } from './ReportDownload';
import { SectionsEditor } from './SectionsEditor';
import { useReportEditor } from './use-report-editor';
import { VersionSelect } from './VersionSelect';

const t = vi.reviews;

/** One review report: its figures, its narrative to edit and save as versions, and its .docx. */
export function ReportPage({ id, onBack }: { id: string; onBack(): void }) {
  const editor = useReportEditor(id);
  const { modal } = App.useApp();
  const { data, readOnly, dirty } = editor;
  const can = useCan();
  // The period's review meeting: its panel, and the document's default date (its day, else the period's end).
  const meeting = useApiQuery('reviews.meeting.get', { reportId: id });

  function back() {
    if (!dirty) return onBack();
    modal.confirm({
      title: t.leaveConfirmTitle,
      content: t.leaveConfirm,
      okText: t.leaveOk,
      okButtonProps: { danger: true },
      cancelText: vi.common.cancel,
      onOk: () => {
        editor.discard();
        onBack();
      },
    });
  }

  const backButton = (
    <Button icon={<ArrowLeftOutlined />} onClick={back}>
      {t.back}
    </Button>
  );
  if (!data) {
    return (
      <>
        {backButton}
        {editor.detail.error ? (
          <Alert type="error" showIcon title={editor.detail.error.message} style={{ marginTop: 12 }} />
        ) : (
          <Skeleton active style={{ marginTop: 12 }} />
        )}
      </>
    );
  }

  const { report } = data;
  return (
    <>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
        {backButton}
        <VersionSelect
          versions={editor.versions.data ?? []}
          current={report.currentVersion}
          shown={data.versionNo}
          onPick={(versionNo) => editor.pickVersion(versionNo === report.currentVersion ? null : versionNo)}
        />
        <span style={{ marginInlineStart: 'auto' }} />
        {!readOnly &&
          can.edit &&
          (dirty ? <Tag color="warning">{t.unsaved}</Tag> : <Tag color="success">{t.allSaved}</Tag>)}
        {can.edit && (
          <Tooltip title={t.saveHint}>
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={editor.saving}
              disabled={readOnly}
              aria-label={t.saveReport}
              aria-keyshortcuts="Control+S"
              onClick={() => void editor.save()}
            >
              {t.save}
            </Button>
          </Tooltip>
        )}
      </Flex>
      <Typography.Title level={4} style={{ marginBottom: 0 }}>
        {format(t.reportTitle, { period: report.title })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {format(t.rangeLine, { from: displayDate(report.from), to: displayDate(report.to) })}
      </Typography.Paragraph>
      {editor.detail.error && (
        <Alert type="error" showIcon title={editor.detail.error.message} style={{ marginBottom: 12 }} />
      )}
      {readOnly && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={format(t.readOnly, { versionNo: data.versionNo })}
          action={
            <Flex gap={8}>
              {can.edit && (
                <Button size="small" onClick={editor.reuseShown}>
                  {t.reuseVersion}
                </Button>
              )}
              <Button size="small" onClick={() => editor.pickVersion(null)}>
                {t.backToLatest}
              </Button>
            </Flex>
          }
        />
      )}
      <Flex gap={16} wrap align="start">
        <div style={{ flex: '1 1 560px', minWidth: 0 }}>
          <SectionsEditor
            defs={data.sectionDefs}
            textOf={editor.textOf}
            readOnly={readOnly || !can.edit}
            redrafting={editor.redrafting}
            onEdit={editor.edit}
            onRedraft={(key, heading) => void editor.redraft(key, heading)}
          />
        </div>
        <Flex vertical gap={16} style={{ flex: '1 1 380px', minWidth: 0 }}>
          {/* Producing the report takes a number in the register (documents.generate is officer). */}
          {can.edit && meeting.data && (
            // A new default date (the meeting recorded or moved) starts the picker again from it.
            <ReportDownload
              key={meeting.data.documentDate}
              reportId={id}
              defaultDate={meeting.data.documentDate}
              dirty={dirty}
              save={editor.save}
            />
          )}
          {meeting.data && (
            <MeetingPanel reportId={id} current={meeting.data} canEdit={can.edit} onSaved={meeting.reload} />
          )}
          {/* An old version shows the figures it was saved with; the latest shows today's. */}
          <FiguresPanel
            figures={readOnly ? data.savedFigures : data.figures}
            note={readOnly ? t.savedFiguresNote : null}
          />
        </Flex>
      </Flex>
    </>
  );
}
