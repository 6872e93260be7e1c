import type { Document } from '../../core/document';
import type { Adapted } from '../ops';

export function adaptNft(_doc: Document): Adapted {
  return { ops: [], problems: [] };
}

export function adaptNftFile(_doc: Document): Adapted {
  return { ops: [], problems: [] };
}
