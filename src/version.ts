import * as fs from 'fs';
import * as path from 'path';
import { PACKAGE_ROOT } from './parse/index';

const pkg = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string; homepage?: string };

export const VERSION = pkg.version;

/** Where a rule's doc page lives: docs/rules/<id>.md in the repository named by package.json `homepage`. */
export function ruleDocUrl(id: string): string {
  const base = (pkg.homepage ?? 'https://github.com/airlock-cli/airlock').replace(/#.*$/, '').replace(/\/$/, '');
  return id ? `${base}/blob/main/docs/rules/${id}.md` : base;
}
