import { FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Flex, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';
import { useCan } from '../auth/session-context';
import { DownloadButtons } from '../documents/DownloadButtons';
import { useGenerateDocument } from '../documents/use-generate-document';

/** The most the list methods give in one page: enough for a year's exercises and courses of an office. */
const PAGE_SIZE = 500;

/** "Văn bản": the exercise plan and result report, the training result report, the month's duty roster. */
export function DrillsDocuments() {
  const t = vi.documents.drills;
  const f = vi.documents.forces;
  const exercises = useApiQuery('exercises.exercise.list', { page: 1, pageSize: PAGE_SIZE });
  const courses = useApiQuery('training.course.list', { page: 1, pageSize: PAGE_SIZE });
  const [exerciseId, setExerciseId] = useState<string | undefined>();
  const [courseId, setCourseId] = useState<string | undefined>();
  const [month, setMonth] = useState<Dayjs>(() => dayjs().startOf('month'));
  const { busy, generate } = useGenerateDocument();
  // Producing a document takes a number in the register (documents.generate is officer).
  const can = useCan();
  const busyFor = (key: string) =>
    busy?.startsWith(`${key}:`) ? (busy.slice(key.length + 1) as 'docx' | 'xlsx') : null;
  const othersBusy = (key: string) => busy !== null && busyFor(key) === null;
  const exercise = exercises.data?.rows.find((e) => e.id === exerciseId);

  const wordButton = (key: string, title: string, disabled: boolean, onClick: () => void) =>
    can.edit && (
      <Button
        icon={<FileWordOutlined />}
        aria-label={format(f.wordOf, { title })}
        loading={busyFor(key) === 'docx'}
        disabled={disabled || othersBusy(key)}
        onClick={onClick}
      >
        {title}
      </Button>
    );

  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t.exercise}>
        <Typography.Paragraph type="secondary">{t.exerciseHint}</Typography.Paragraph>
        <Flex wrap gap={12} align="center">
          <Select
            id="drills-documents-exercise"
            aria-label={t.exercise}
            placeholder={t.chooseExercise}
            showSearch
            optionFilterProp="label"
            loading={exercises.loading}
            options={(exercises.data?.rows ?? []).map((e) => ({
              value: e.id,
              label: format(t.exerciseOption, { title: e.title, date: displayDate(e.startedOn ?? e.plannedOn) }),
            }))}
            value={exerciseId}
            onChange={(value: string) => setExerciseId(value)}
            style={{ minWidth: 360 }}
          />
          {wordButton('plan', t.exercisePlan, exerciseId === undefined, () => {
            if (exerciseId) void generate('plan:docx', { kind: 'exercises.plan', format: 'docx', exerciseId });
          })}
          {wordButton('result', t.exerciseResult, exercise?.status !== 'done', () => {
            if (exerciseId)
              void generate('result:docx', { kind: 'exercises.resultReport', format: 'docx', exerciseId });
          })}
        </Flex>
        {exercise && exercise.status !== 'done' && (
          <Alert type="info" showIcon title={t.notDone} style={{ marginTop: 12 }} />
        )}
      </Card>
      <Card size="small" title={t.trainingReport}>
        <Typography.Paragraph type="secondary">{t.trainingHint}</Typography.Paragraph>
        <Flex wrap gap={12} align="center">
          <Select
            id="drills-documents-course"
            aria-label={t.course}
            placeholder={t.chooseCourse}
            showSearch
            optionFilterProp="label"
            loading={courses.loading}
            options={(courses.data?.rows ?? []).map((c) => ({
              value: c.id,
              label: format(t.courseOption, {
                title: c.title,
                from: displayDate(c.startsOn),
                to: displayDate(c.endsOn),
              }),
            }))}
            value={courseId}
            onChange={(value: string) => setCourseId(value)}
            style={{ minWidth: 360 }}
          />
          <DownloadButtons
            title={t.trainingReport}
            busy={busyFor('training')}
            disabled={courseId === undefined || othersBusy('training')}
            onDownload={(fmt) => {
              if (courseId) void generate(`training:${fmt}`, { kind: 'training.resultReport', format: fmt, courseId });
            }}
          />
        </Flex>
      </Card>
      <Card size="small" title={t.dutyRoster}>
        <Typography.Paragraph type="secondary">{t.dutyRosterHint}</Typography.Paragraph>
        <Flex wrap gap={12} align="center">
          <DatePicker
            id="drills-documents-month"
            aria-label={t.month}
            picker="month"
            format="MM/YYYY"
            allowClear={false}
            value={month}
            onChange={(value: Dayjs | null) => value && setMonth(value.startOf('month'))}
          />
          <DownloadButtons
            title={t.dutyRoster}
            busy={busyFor('roster')}
            disabled={othersBusy('roster')}
            onDownload={(fmt) =>
              void generate(`roster:${fmt}`, {
                kind: 'duty.monthRoster',
                format: fmt,
                year: month.year(),
                month: month.month() + 1,
              })
            }
          />
        </Flex>
      </Card>
    </Flex>
  );
}
