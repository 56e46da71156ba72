import { Flex, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { vi } from '../../messages/vi';
import { yearOptions } from '../exercises/exercise-labels';
import { HalfYearFigures } from '../exercises/HalfYearFigures';
import { YearTimeline } from '../exercises/YearTimeline';

const t = vi.exercises.plan;

/** Kế hoạch năm: the year's exercises and courses on a timeline, and the half-year figures as charts. */
export function YearPlanTab() {
  const [year, setYear] = useState(() => dayjs().year());
  return (
    <Flex vertical gap={16}>
      <Flex gap={8} align="center">
        <Typography.Text>{t.year}</Typography.Text>
        <Select
          aria-label={t.year}
          value={year}
          options={yearOptions(dayjs().year())}
          onChange={setYear}
          style={{ width: 110 }}
        />
      </Flex>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t.figures}
      </Typography.Title>
      <HalfYearFigures year={year} />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t.timeline}
      </Typography.Title>
      <YearTimeline year={year} />
    </Flex>
  );
}
