import { Button, Flex, Input, Tag } from 'antd';
import { useState } from 'react';
import type { DqeduCategory, DqeduCourseRow, DqeduStatus } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { FilterSelect } from '../../shared/FilterSelect';
import { PagedTable } from '../../shared/PagedTable';
import { useApiQuery } from '../../shared/use-api-query';
import { useListFilters } from '../../shared/use-list-filters';
import { useSavedRow, useTurnToSavedRow } from '../../shared/use-saved-row';
import { EditorButton } from '../auth/EditorButton';
import { CourseDialog } from './CourseDialog';
import { CourseDrawer } from './CourseDrawer';
import { datesText, shortCategoryOptions, STATUS_COLORS, statusOptions } from './dqedu-labels';
import { HeadcountsDialog } from './HeadcountsDialog';

const t = vi.defenceEducation;

interface Filters {
  year?: number;
  category?: DqeduCategory;
  status?: DqeduStatus;
  search: string;
}

/**
 * Chính trị – Chính sách → Giáo dục QP-AN: the defence and security education courses, paged and
 * filtered by the core; a course opens in a drawer with its participants, results and certificates.
 */
export function DefenceEducationTab() {
  const thisYear = new Date().getFullYear();
  const { filters, paging, setPaging, set, field } = useListFilters<Filters>('defenceEducation.courses', {
    year: thisYear,
    search: '',
  });
  const [adding, setAdding] = useState(false);
  const [counting, setCounting] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const saved = useSavedRow();
  const courses = useApiQuery('defenceEducation.course.list', { ...filters, ...paging, ...saved.focus });
  useTurnToSavedRow(saved, courses, paging, setPaging);
  /** A course added or changed: shown in place in the list (its page, highlighted). */
  const changed = (courseId: string) => {
    saved.show(courseId);
    courses.reload();
  };
  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);

  return (
    <>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <FilterSelect
          label={t.filters.year}
          width={110}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          {...field('year')}
        />
        <FilterSelect label={t.filters.category} width={240} options={shortCategoryOptions} {...field('category')} />
        <FilterSelect label={t.filters.status} width={160} options={statusOptions} {...field('status')} />
        <Input.Search
          allowClear
          aria-label={t.filters.search}
          placeholder={t.filters.search}
          onSearch={(search) => set({ search })}
          style={{ width: 260 }}
        />
        <Flex gap={8} style={{ marginInlineStart: 'auto' }}>
          <Button onClick={() => setCounting(true)}>{t.headcounts}</Button>
          <EditorButton onClick={() => setAdding(true)}>{t.add}</EditorButton>
        </Flex>
      </Flex>
      <PagedTable<DqeduCourseRow>
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
          { title: t.columns.category, key: 'category', render: (_, row) => t.categoriesShort[row.category] },
          { title: t.columns.organiser, dataIndex: 'organiser' },
          { title: t.columns.dates, key: 'dates', render: (_, row) => datesText(row.startsOn, row.endsOn) },
          { title: t.columns.participants, dataIndex: 'participants', align: 'right' },
          { title: t.columns.passed, dataIndex: 'passed', align: 'right' },
          { title: t.columns.certificates, dataIndex: 'certificates', align: 'right' },
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
      {counting && <HeadcountsDialog year={filters.year ?? thisYear} onClose={() => setCounting(false)} />}
      {openId && <CourseDrawer courseId={openId} onChanged={() => changed(openId)} onClose={() => setOpenId(null)} />}
    </>
  );
}
