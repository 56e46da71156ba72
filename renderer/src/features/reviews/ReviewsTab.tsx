import { UnderConstruction } from '../../shell/UnderConstruction';

/** Placeholder until the feature is built. */
export function ReviewsTab(_props: { path: string[]; navigate: (parts: string[]) => void }) {
  return <UnderConstruction title="" />;
}
