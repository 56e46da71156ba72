import { expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import { addOfficePeriod, setOffice } from '../office/test-steps';
import { createPerson } from '../people/test-steps';
import type { RegisterPage } from './register/public-types';

let core: TestCore;
useTestCore((c) => (core = c));

it('signs each document with the signers of the office profile in force on its date, as the register keeps it', async () => {
  await setOffice(core);
  await addOfficePeriod(core);
  await createPerson(core, 'Hà Văn Bình', { birthDate: '2008-03-09', sex: 'M' });
  await createPerson(core, 'Triệu Văn Cường', { birthDate: '2009-05-11', sex: 'M' });
  const generate = (year: number, date: string) =>
    call(core, 'documents.generate', { kind: 'conscription.age17List', year, date });
  await generate(2025, '2025-06-30');
  await generate(2026, '2025-07-01');

  const { rows } = await call<RegisterPage>(core, 'documents.register.list', {});
  const byDate = Object.fromEntries(rows.map((r) => [r.issuedOn, `${r.signerTitle} ${r.signerName}`]));
  expect(byDate).toEqual({
    '2025-06-30': 'CHỈ HUY TRƯỞNG Thượng tá Hoàng Văn Minh',
    '2025-07-01': 'CHỈ HUY TRƯỞNG Thiếu tá Lường Văn Khánh',
  });
});
