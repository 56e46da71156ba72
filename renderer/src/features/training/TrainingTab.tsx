import { Button, Tag } from 'antd';
import { useState } from 'react';
import type { TrainingCourseRow, TrainingStatus, TrainingTarget } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { FilterBar } from '../../shared/FilterBar';
import { FilterSelect } from '../../shared/FilterSelect';
import { useApiQuery } from '../../shared/use-api-query';
import { useListFilters } from '../../shared/use-list-filters';
import { useSavedRow, useTurnToSavedRow } from '../../shared/use-saved-row';
import { PagedTable } from '../../shared/PagedTable';
import { EditorButton } from '../auth/EditorButton';
import { ExportButton } from '../export/ExportButton';
import { CourseDialog } from './CourseDialog';
import { CourseDrawer } from './CourseDrawer';
import { HalfYearFigures } from './HalfYearFigures';
import { datesText, percentText, statusOptions, targetOptions } from './training-labels';

const t = vi.training;

interface Filters {
  year?: number;
  target?: TrainingTarget;
  status?: TrainingStatus;
  search: string;
}

const STATUS_COLORS: Record<TrainingStatus, string> = {
  planned: 'default',
  in_progress: 'processing',
  done: 'success',
  cancelled: 'error',
};

/** Diễn tập – Huấn luyện → Huấn luyện: the courses, filtered and paged by the core; a course opens in a drawer. */
export function TrainingTab() {
  const thisYear = new Date().getFullYear();
  const { filters, paging, setPaging, field } = useListFilters<Filters>('training.courses', {
    year: thisYear,
    search: '',
  });
  const [adding, setAdding] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const saved = useSavedRow();
  const courses = useApiQuery('training.course.list', { ...filters, ...paging, ...saved.focus });
  useTurnToSavedRow(saved, courses, paging, setPaging);
  // Refetch the half-year figures whenever the list reloads after a change.
  const [figuresKey, setFiguresKey] = useState(0);
  /** A course added or changed: shown in place in the list (its page, highlighted), the figures refetched. */
  const changed = (courseId: string) => {
    saved.show(courseId);
    courses.reload();
    setFiguresKey((k) => k + 1);
  };

  const years = Array.from({ length: 7 }, (_, i) => thisYear + 1 - i);

  return (
    <>
      <FilterBar
        searchLabel={t.filters.search}
        searchWidth={240}
        search={field('search')}
        more={<FilterSelect label={t.filters.status} width={170} options={statusOptions} {...field('status')} />}
        moreSet={filters.status === undefined ? 0 : 1}
        actions={
          <>
            <ExportButton method="training.course.export" input={filters} />
            <EditorButton onClick={() => setAdding(true)}>{t.add}</EditorButton>
          </>
        }
      >
        <FilterSelect
          label={t.filters.year}
          width={110}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          {...field('year')}
        />
        <FilterSelect label={t.filters.target} width={220} options={targetOptions} {...field('target')} />
      </FilterBar>
      {filters.year !== undefined && <HalfYearFigures key={figuresKey} year={filters.year} />}
      <PagedTable<TrainingCourseRow>
        unit={vi.layout.units.courses}
        list={courses}
        paging={paging}
        onPaging={setPaging}
        highlightId={saved.highlightId}
        empty={t.empty}
        onRow={(row) => ({ onDoubleClick: () => setOpenId(row.id) })}
        columns={[
          {
            title: t.columns.title,
            key: 'title',
            render: (_, row) => (
              <Button
                type="link"
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                onClick={() => setOpenId(row.id)}
              >
                {row.title}
              </Button>
            ),
          },
          {
            title: t.columns.target,
            key: 'target',
            render: (_, row) => [t.targets[row.target], row.unitName].filter(Boolean).join(' – '),
          },
          { title: t.columns.dates, key: 'dates', render: (_, row) => datesText(row.startsOn, row.endsOn) },
          { title: t.columns.place, dataIndex: 'place' },
          { title: t.columns.plannedDays, dataIndex: 'plannedDays', align: 'right' },
          { title: t.columns.participants, dataIndex: 'participants', align: 'right' },
          {
            title: t.columns.attendanceRate,
            key: 'attendance',
            align: 'right',
            render: (_, row) => percentText(row.attendanceRate),
          },
          {
            title: t.columns.goodOrBetterRate,
            key: 'goodOrBetter',
            align: 'right',
            render: (_, row) => percentText(row.goodOrBetterRate),
          },
          {
            title: t.columns.status,
            key: 'status',
            render: (_, row) => <Tag color={STATUS_COLORS[row.status]}>{t.statuses[row.status]}</Tag>,
          },
        ]}
      />
      {adding && (
        <CourseDialog
          course={null}
          onClose={(course) => {
            setAdding(false);
            if (course) {
              changed(course.id);
              setOpenId(course.id);
            }
          }}
        />
      )}
      {openId && <CourseDrawer courseId={openId} onChanged={() => changed(openId)} onClose={() => setOpenId(null)} />}
    </>
  );
}
