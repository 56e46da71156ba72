import { UnderConstruction } from '../../shell/UnderConstruction';

/** Placeholder until the feature is built. */
export function TemplatesTab() {
  return <UnderConstruction title="" />;
}
