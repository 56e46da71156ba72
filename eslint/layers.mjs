// The house's layering, checked by ESLint (`qsdp/layers`): which folder may import which. A rule
// each, so a planted violation names the rule it breaks (test/unit/lint-rules.test.ts plants one of each).
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const CORE = 'electron/core/';

/** The core's folders below the features: they serve every feature and know none of the API's table. */
export const BELOW_FEATURES = ['kernel', 'db', 'shared', 'messages', 'log', 'encryption', 'docs'];

function coreFolderOf(relative) {
  if (!relative.startsWith(CORE)) return null;
  const rest = relative.slice(CORE.length);
  return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : null;
}

/** The project-relative path an import points at, or null for a package. */
function targetOf(filename, specifier) {
  if (!specifier.startsWith('.')) return null;
  return path
    .relative(ROOT, path.resolve(path.dirname(filename), specifier))
    .split(path.sep)
    .join('/');
}

function importChecker(context, check) {
  const filename = path.relative(ROOT, context.filename).split(path.sep).join('/');
  const visit = (node) => {
    const source = node.source;
    if (!source || typeof source.value !== 'string') return;
    const problem = check(filename, source.value, targetOf(context.filename, source.value));
    if (problem) context.report({ node: source, message: problem });
  };
  return {
    ImportDeclaration: visit,
    ExportNamedDeclaration: visit,
    ExportAllDeclaration: visit,
    ImportExpression: visit,
  };
}

const noApiBelowFeatures = {
  meta: { type: 'problem', schema: [] },
  create: (context) =>
    importChecker(context, (file, _specifier, target) => {
      const from = coreFolderOf(file);
      if (!from || !BELOW_FEATURES.includes(from) || !target) return null;
      return coreFolderOf(target) === 'api'
        ? `electron/core/${from}/ is below the features and must not import api/ (the contract sits on top of them): take what you need from kernel/.`
        : null;
    }),
};

/** The folders above the features: the API's table, the documents' table of families, the demo office's seeder. */
export const ABOVE_FEATURES = ['api', 'documents', 'demo'];

/** Every other folder of the core is a feature, with a face (index.ts) for the others. */
function isFeature(folder) {
  if (BELOW_FEATURES.includes(folder) || ABOVE_FEATURES.includes(folder)) return false;
  return fs.existsSync(path.join(ROOT, CORE, folder)) && fs.statSync(path.join(ROOT, CORE, folder)).isDirectory();
}

/** "people" and "service" of electron/core/people/service; null outside the core's folders. */
function splitCorePath(relative) {
  if (!relative.startsWith(CORE)) return null;
  const [folder, ...rest] = relative.slice(CORE.length).split('/');
  return { folder, inside: rest.join('/') };
}

const noFeatureInternals = {
  meta: { type: 'problem', schema: [] },
  create: (context) =>
    importChecker(context, (file, _specifier, target) => {
      const from = splitCorePath(file);
      const to = target && splitCorePath(target);
      if (!from || !to || from.folder === to.folder || !isFeature(from.folder) || !isFeature(to.folder)) return null;
      if (to.inside === '' || to.inside === 'index' || to.inside === 'index.ts') return null;
      return `electron/core/${from.folder}/ may use another feature only through its face: import from '${to.folder}' (its index.ts), not ${to.folder}/${to.inside}. Export what is needed there.`;
    }),
};

/**
 * The folders below the features that know no feature at all: the document engine (docs/) takes
 * what it needs of an office, a signer or a person as its own small types, which the features'
 * types fit. (kernel/, db/ and encryption/ still lean on accounts/ and backup/.)
 */
export const FEATURE_FREE = ['shared', 'messages', 'log', 'docs'];

const noFeatureBelow = {
  meta: { type: 'problem', schema: [] },
  create: (context) =>
    importChecker(context, (file, _specifier, target) => {
      const from = coreFolderOf(file);
      const to = target && coreFolderOf(target);
      if (!from || !to || !FEATURE_FREE.includes(from) || BELOW_FEATURES.includes(to) || to === 'api') return null;
      return `electron/core/${from}/ knows no feature: it may not import ${to}/. Name the few fields it needs as its own type, which the feature's type fits.`;
    }),
};

/** The shared vocabulary (vocabulary/): plain TypeScript both processes run, so it imports only itself. */
export const VOCABULARY = 'vocabulary/';

const plainVocabulary = {
  meta: { type: 'problem', schema: [] },
  create: (context) => {
    const checks = importChecker(context, (file, specifier, target) => {
      if (!file.startsWith(VOCABULARY)) return null;
      if (target === null)
        return `vocabulary/ is plain TypeScript that the renderer and the core both run: it may not import the package "${specifier}" (no Node built-ins, SQLite, Electron or other packages).`;
      return target.startsWith(VOCABULARY)
        ? null
        : `vocabulary/ may import only its own modules, not ${target} (electron/ and renderer/ import the vocabulary, never the other way round).`;
    });
    return {
      ...checks,
      // CommonJS's require() is an import too.
      CallExpression(node) {
        if (node.callee.type !== 'Identifier' || node.callee.name !== 'require') return;
        const [argument] = node.arguments;
        if (argument?.type === 'Literal' && typeof argument.value === 'string') {
          checks.ImportExpression({ source: argument });
        } else {
          context.report({ node, message: 'vocabulary/ may not require() anything.' });
        }
      },
    };
  },
};

export default {
  meta: { name: 'qsdp' },
  rules: {
    'no-api-below-features': noApiBelowFeatures,
    'no-feature-internals': noFeatureInternals,
    'no-feature-below': noFeatureBelow,
    'plain-vocabulary': plainVocabulary,
  },
};
