/** A CSV problem (files/csv: a code and its words) as a sentence in the interface language. */
import { CSV_FIELDS, type CsvField, type CsvProblem, type CsvProblemCode } from '../files';
import { i18n } from '../i18n';

/** The catalogue key of each problem; the record's type makes a new code fail to compile until it has one. */
export const CSV_PROBLEM_KEYS: Readonly<Record<CsvProblemCode, string>> = {
  noTitleColumn: 'errors.csvNoTitleColumn',
  noTitle: 'errors.csvNoTitle',
  stageTooLong: 'errors.csvStageTooLong',
  tooManyStages: 'errors.csvTooManyStages',
  badEmotion: 'errors.csvBadEmotion',
  badFriction: 'errors.csvBadFriction',
  badField: 'errors.csvBadField',
  badEvidence: 'errors.csvBadEvidence',
  badScore: 'errors.csvBadScore',
  unclosedQuote: 'errors.csvUnclosedQuote',
  unreadable: 'errors.csvUnreadable',
};

/** The fields' names in the interface (catalogue keys). */
export const CSV_FIELD_NAMES: Readonly<Record<CsvField, string>> = {
  stage: 'files.csvFieldStage',
  title: 'files.csvFieldTitle',
  description: 'files.csvFieldDescription',
  channel: 'files.csvFieldChannel',
  emotion: 'files.csvFieldEmotion',
  painPoints: 'files.csvFieldPainPoints',
  painPointsWithSeverity: 'files.csvFieldPainPointsWithSeverity',
  friction: 'files.csvFieldFriction',
  thoughts: 'files.csvFieldThoughts',
  owner: 'files.csvFieldOwner',
  evidence: 'files.csvFieldEvidence',
  painPointEvidence: 'files.csvFieldPainPointEvidence',
  opportunities: 'files.csvFieldOpportunities',
  opportunityCustomerValue: 'files.csvFieldOpportunityCustomerValue',
  opportunityBusinessValue: 'files.csvFieldOpportunityBusinessValue',
  opportunityEffort: 'files.csvFieldOpportunityEffort',
  opportunityConfidence: 'files.csvFieldOpportunityConfidence',
};

const isCsvField = (value: string): value is CsvField => (CSV_FIELDS as readonly string[]).includes(value);

export function csvProblemText(problem: Pick<CsvProblem, 'code' | 'params'>): string {
  const params = { ...problem.params };
  if (params['field'] !== undefined && isCsvField(params['field'])) {
    params['field'] = i18n.t(CSV_FIELD_NAMES[params['field']]);
  }
  return i18n.t(CSV_PROBLEM_KEYS[problem.code], params);
}
