import { Alert, DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';
import { DocumentSelect } from '../documents/DocumentSelect';
import { DocumentsTab, oneDocumentSection } from '../documents/DocumentsTab';

/** The most the list methods give in one page: enough for a year's exercises and courses of an office. */
const PAGE_SIZE = 500;

/** "Văn bản": the exercise plan and result report, the training result report, the month's duty roster. */
export function DrillsDocuments() {
  const t = vi.documents.drills;
  const exercises = useApiQuery('exercises.exercise.list', { page: 1, pageSize: PAGE_SIZE });
  const courses = useApiQuery('training.course.list', { page: 1, pageSize: PAGE_SIZE });
  const [exerciseId, setExerciseId] = useState<string | undefined>();
  const [courseId, setCourseId] = useState<string | undefined>();
  const [month, setMonth] = useState<Dayjs>(() => dayjs().startOf('month'));
  const exercise = exercises.data?.rows.find((e) => e.id === exerciseId);

  return (
    <DocumentsTab
      id="drills-documents"
      sections={[
        {
          key: 'exercise',
          title: t.exercise,
          hint: t.exerciseHint,
          controls: (
            <DocumentSelect
              id="drills-documents-exercise"
              label={t.exercise}
              placeholder={t.chooseExercise}
              loading={exercises.loading}
              options={(exercises.data?.rows ?? []).map((e) => ({
                value: e.id,
                label: format(t.exerciseOption, { title: e.title, date: displayDate(e.startedOn ?? e.plannedOn) }),
              }))}
              value={exerciseId}
              onChange={setExerciseId}
              minWidth={360}
            />
          ),
          documents: [
            {
              key: 'plan',
              title: t.exercisePlan,
              formats: 'docx',
              request: exerciseId ? { kind: 'exercises.plan', exerciseId } : undefined,
            },
            {
              key: 'result',
              title: t.exerciseResult,
              formats: 'docx',
              request: exerciseId ? { kind: 'exercises.resultReport', exerciseId } : undefined,
              disabled: exercise?.status !== 'done',
            },
          ],
          footer: exercise && exercise.status !== 'done' && (
            <Alert type="info" showIcon title={t.notDone} style={{ marginTop: 12 }} />
          ),
        },
        oneDocumentSection({
          key: 'training',
          title: t.trainingReport,
          hint: t.trainingHint,
          controls: (
            <DocumentSelect
              id="drills-documents-course"
              label={t.course}
              placeholder={t.chooseCourse}
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
              onChange={setCourseId}
              minWidth={360}
            />
          ),
          formats: 'both',
          request: courseId ? { kind: 'training.resultReport', courseId } : undefined,
        }),
        oneDocumentSection({
          key: 'roster',
          title: t.dutyRoster,
          hint: t.dutyRosterHint,
          controls: (
            <DatePicker
              id="drills-documents-month"
              aria-label={t.month}
              picker="month"
              format="MM/YYYY"
              allowClear={false}
              value={month}
              onChange={(value: Dayjs | null) => value && setMonth(value.startOf('month'))}
            />
          ),
          formats: 'both',
          request: { kind: 'duty.monthRoster', year: month.year(), month: month.month() + 1 },
        }),
      ]}
    />
  );
}
