/** The import's targets beyond people, by name (the people target has no record of its own). */
import type { ApiContext } from '../../kernel/context';
import type { ImportTarget } from '../mapping';
import { conscriptionTarget } from './conscription';
import { militiaTarget } from './militia';
import { reservistsTarget } from './reservists';
import { bindTarget, type BoundTarget } from './types';

export function loadTarget(
  ctx: ApiContext,
  target: ImportTarget,
  options: { campaignId?: string },
): BoundTarget | null {
  if (target === 'conscription') return bindTarget(conscriptionTarget, ctx, options);
  if (target === 'militia') return bindTarget(militiaTarget, ctx, options);
  if (target === 'reservists') return bindTarget(reservistsTarget, ctx, options);
  return null;
}
