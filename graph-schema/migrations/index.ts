import { migration001 } from './001-constraints';
import { migration002 } from './002-indexes';
import { migration003 } from './003-priority-signature';
import { migration004 } from './004-projects';
import { migration005 } from './005-pins';
import { migration006 } from './006-fto-screenings';
import { migration007 } from './007-search-text';
import { migration008 } from './008-branch-review';
import { migration009 } from './009-ingest-jobs';
import { migration010 } from './010-accounts';
import { migration011 } from './011-rule-versions';
import { migration012 } from './012-applicant-merges';
import { migration013 } from './013-effect-dictionary';
import { migration014 } from './014-workspaces';
import { migration015 } from './015-one-text-index';
import type { Migration } from './migration';

/** Every migration in apply order. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
  migration015,
];
