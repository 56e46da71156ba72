import { expect, it } from 'vitest';
import { connect } from '../../encryption/sqlcipher';
import { migrate } from '../migrate';
import { migrations } from './index';

it('adds the registration method as a nullable column with a CHECK, leaving older records unrecorded', () => {
  const db = connect(':memory:', null);
  const before = migrations.findIndex((m) => m.name === 'registration-method');
  migrate(db, migrations.slice(0, before));
  const columns = () => (db.pragma('table_info(conscription_records)') as Array<{ name: string }>).map((c) => c.name);
  expect(columns()).not.toContain('registration_method');

  migrate(db, migrations);
  expect(columns()).toContain('registration_method');
  // A NULL default (older records: not recorded) and only the two codes of the vocabulary.
  const column = (db.pragma('table_info(conscription_records)') as Array<{ name: string; dflt_value: unknown }>).find(
    (c) => c.name === 'registration_method',
  );
  expect(column?.dflt_value).toBeNull();
  const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'conscription_records'").get() as { sql: string })
    .sql;
  expect(sql).toMatch(/CHECK \(registration_method IN \('in_person', 'online'\)\)/);
  db.close();
});
