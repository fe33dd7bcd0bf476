/** English strings of the analyst's workbench details (issue 12): gap ratio, kinds, error fields; spread into en.ts. */
export const workbenchEn = {
  'gaps.ratio.label': 'Competitor ratio k',
  'gaps.ratio.hint':
    'A competitor is ahead in a branch with at least k times the target’s families (1 to 100).',
  'gaps.ratio.invalid': 'k must be a number from 1 to 100.',
  'patent.type.invention': 'invention',
  'patent.type.utility_model': 'utility model',
  'patent.type.design': 'design',
  'patent.type.unknown': 'type unknown',
  'risk.asOfFormat': 'yyyy-mm-dd',
  'form.problem.required': 'fill it in',
  'form.problem.tooLong': 'at most {limit} characters',
  'form.problem.tooMany': 'at most {limit} entries',
  'form.problem.atLeast': 'at least {limit}',
  'form.problem.atMost': 'at most {limit}',
  'form.problem.format': 'not in the expected form (offices are two letters such as CN)',
  'form.problem.yearOrder': 'the start year must not be after the end year',
  'form.problem.invalid': 'this value is not accepted',
  'error.fields': '{message} Check: {fields}.',
} as const;
