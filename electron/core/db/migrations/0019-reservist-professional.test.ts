import { expect, it } from 'vitest';
import { connect } from '../../encryption/sqlcipher';
import { migrate } from '../migrate';
import { migrations } from './index';

const T = '2026-01-01T00:00:00.000Z';

it('widens the category CHECK in place, keeping the rows, the CHECK itself and the foreign keys', () => {
  const db = connect(':memory:', null);
  db.pragma('foreign_keys = ON');
  const before = migrations.findIndex((m) => m.name === 'reservist-professional');
  migrate(db, migrations.slice(0, before));
  db.exec(`
    INSERT INTO people (id, family_name, given_name, birth_date, sex, search_text, sort_given, sort_middle, sort_family, created_at, updated_at)
      VALUES ('p1', 'Lê', 'An', '1990-01-01', 'M', 'le an', 'an', '', 'le', '${T}', '${T}');
    INSERT INTO reservists (id, person_id, category, grade, registered_on, sort_given, sort_middle, sort_family, birth_date, sex, created_at, updated_at)
      VALUES ('r1', 'p1', 'soldier', 1, '2020-01-01', 'an', '', 'le', '1990-01-01', 'M', '${T}', '${T}');
  `);
  expect(() => db.prepare("UPDATE reservists SET category = 'professional' WHERE id = 'r1'").run()).toThrow(/CHECK/);

  migrate(db, migrations);
  expect(db.prepare("SELECT category FROM reservists WHERE id = 'r1'").get()).toEqual({ category: 'soldier' });
  db.prepare("UPDATE reservists SET category = 'professional' WHERE id = 'r1'").run();
  expect(() => db.prepare("UPDATE reservists SET category = 'general' WHERE id = 'r1'").run()).toThrow(/CHECK/);
  // The reservist's person is still a real foreign key.
  expect(() => db.prepare("UPDATE reservists SET person_id = 'nobody' WHERE id = 'r1'").run()).toThrow(/FOREIGN KEY/);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  db.close();
});
