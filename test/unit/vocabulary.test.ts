/**
 * The domain's enumerations and their Vietnamese labels have one source, vocabulary/, which the core
 * and the renderer both import at run time. These tests show that each side's catalogue holds the
 * vocabulary's very objects, and that no source file outside vocabulary/ holds a copy of a list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { vi as coreVi } from '../../electron/core/messages/vi';
import { fieldsOf } from '../../electron/core/import/mapping';
import { documentKindOptions } from '../../electron/core/documents/kind-labels';
import { documentKinds } from '../../electron/core/documents/generate-schema';
import { vi as rendererVi } from '../../renderer/src/messages/vi';
import { fieldOptions } from '../../renderer/src/features/import/import-fields';
import * as accounts from '../../vocabulary/accounts';
import * as conscription from '../../vocabulary/conscription';
import * as defenceEducation from '../../vocabulary/defence-education';
import * as documents from '../../vocabulary/documents';
import * as exercises from '../../vocabulary/exercises';
import * as importFields from '../../vocabulary/import-fields';
import * as militia from '../../vocabulary/militia';
import * as policy from '../../vocabulary/policy';
import * as readinessDocuments from '../../vocabulary/readiness-documents';
import * as reserves from '../../vocabulary/reserves';
import * as training from '../../vocabulary/training';
import { fill, format, formatSize, lowerCased } from '../../vocabulary/text';

const ROOT = path.resolve(__dirname, '..', '..');
const MODULES = {
  accounts,
  conscription,
  defenceEducation,
  documents,
  exercises,
  importFields,
  militia,
  policy,
  readinessDocuments,
  reserves,
  training,
};

/** Every label object the vocabulary exports (`…Labels`: code → Vietnamese label). */
const labelObjects = Object.entries(MODULES).flatMap(([module, exports]) =>
  Object.entries(exports as Record<string, unknown>)
    .filter(([name, value]) => name.endsWith('Labels') && typeof value === 'object' && value !== null)
    .map(([name, value]) => ({ name: `${module}.${name}`, labels: value as Record<string, string> })),
);

describe('one vocabulary for both processes', () => {
  it('is what the core and the renderer read: the same objects, not equal copies', () => {
    const shared: Array<[string, unknown, unknown, unknown]> = [
      [
        'conscription states',
        conscription.conscriptionStateLabels,
        coreVi.conscription.states,
        rendererVi.conscription.states,
      ],
      [
        'deferral points',
        conscription.deferralPointLabels,
        coreVi.conscription.deferralPoints,
        rendererVi.conscription.deferralPoints,
      ],
      [
        'exemption points',
        conscription.exemptionPointLabels,
        coreVi.conscription.exemptionPoints,
        rendererVi.conscription.exemptionPoints,
      ],
      ['militia levels', militia.militiaLevelLabels, coreVi.militia.levels, rendererVi.militia.levels],
      ['militia forces', militia.militiaForceLabels, coreVi.militia.forces, rendererVi.militia.forces],
      ['militia components', militia.militiaComponentLabels, coreVi.militia.components, rendererVi.militia.components],
      ['militia positions', militia.militiaPositionLabels, coreVi.militia.positions, rendererVi.militia.positions],
      ['militia end reasons', militia.militiaEndReasonLabels, coreVi.militia.endReasons, rendererVi.militia.endReasons],
      ['ranks', reserves.rankLabels, coreVi.reserves.ranks, rendererVi.reserves.ranks],
      [
        'reservist categories',
        reserves.reservistCategoryLabels,
        coreVi.reserves.categories,
        rendererVi.staff.history.reservist.categories,
      ],
      ['exercise statuses', exercises.exerciseStatusLabels, coreVi.exercises.statuses, rendererVi.exercises.statuses],
      ['exercise ratings', exercises.exerciseRatingLabels, coreVi.exercises.ratings, rendererVi.exercises.ratings],
      [
        'exercise levels',
        exercises.exerciseLevelLabels,
        coreVi.import.export.exercises.levels,
        rendererVi.exercises.levels,
      ],
      ['training targets', training.trainingTargetLabels, coreVi.training.targets, rendererVi.training.targets],
      ['training statuses', training.trainingStatusLabels, coreVi.training.statuses, rendererVi.training.statuses],
      ['training results', training.trainingResultLabels, coreVi.training.results, rendererVi.training.results],
      ['roles', accounts.roleLabels, coreVi.accounts.roles, rendererVi.auth.roles],
      ['document kinds', documents.documentKindLabels, coreVi.templates.kinds, documents.documentKindLabels],
      ['import fields', importFields.importFieldLabels, importFields.importFieldLabels, rendererVi.import.fields],
    ];
    for (const [what, vocabulary, core, renderer] of shared) {
      expect(core, `core: ${what}`).toBe(vocabulary);
      expect(renderer, `renderer: ${what}`).toBe(vocabulary);
    }
  });

  it('gives the core its codes in the vocabulary order', () => {
    expect(documentKindOptions().map((o) => o.kind)).toEqual([...documentKinds]);
    expect(Object.keys(documents.documentKindLabels).sort()).toEqual([...documentKinds].sort());
    for (const target of importFields.IMPORT_TARGETS) {
      const offered = importFields.importFieldsOf(target);
      expect(
        fieldsOf(target).map(([field]) => field),
        target,
      ).toEqual(offered);
      expect(
        fieldOptions(target)
          .slice(1)
          .map((o) => o.value),
        target,
      ).toEqual(offered);
    }
  });

  it('leaves no copy of a list in the core or the renderer', () => {
    const sources = ['electron', 'renderer/src'].flatMap((dir) =>
      (fs.readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
        .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$|test-|fixture/.test(f))
        .map((f) => path.join(dir, f)),
    );
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const copies: string[] = [];
    for (const file of sources) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      for (const { name, labels } of labelObjects) {
        const entries = Object.entries(labels);
        const found = entries.filter(([key, label]) =>
          new RegExp(`['"]?${escape(key)}['"]?\\s*:\\s*['"]${escape(label)}['"]`).test(text),
        );
        // A few entries of a longer list may coincide (an action named as the state it leads to); the whole
        // list, or half of it, is a copy. The import fields' labels are column titles ("birthDate: 'Ngày sinh'")
        // that the import sample's headers, exports and documents share by nature: only the whole list counts.
        const enough =
          name === 'importFields.importFieldLabels'
            ? entries.length
            : Math.min(entries.length, Math.max(4, entries.length / 2));
        if (found.length >= enough) copies.push(`${file} copies ${name}`);
      }
    }
    expect(copies).toEqual([]);
  });
});

describe('the vocabulary’s helpers', () => {
  it('fills placeholders: fill refuses a gap, format leaves it visible', () => {
    expect(fill('Tuyển quân năm {year}', { year: 2027 })).toBe('Tuyển quân năm 2027');
    expect(() => fill('{year}-{month}', { year: 2027 })).toThrow('Missing value for {month}');
    expect(format('{count} công dân, {missing}', { count: 3 })).toBe('3 công dân, {missing}');
  });

  it('writes a file size as an office reads it', () => {
    expect([512, 1536, 1_234_567].map(formatSize)).toEqual(['512 B', '1,5 KB', '1,2 MB']);
  });

  it('lists codes in the order written, and lower-cases labels for use in a sentence', () => {
    expect(militia.militiaForces).toEqual(['militia', 'self_defence']);
    expect(conscription.DEFERRAL_POINTS).toEqual(['a', 'b', 'c', 'd', 'dd', 'e', 'g', 'h']);
    expect(lowerCased(militia.militiaComponentLabels).air_defence_artillery).toBe('phòng không – pháo binh');
  });
});
