/** A scenario built from the census as the editor's record: not stored, so it has no id until saved. */
import type { ScenarioRecord } from '../api-types.js';
import type { CensusScenarioAnswer } from '../census-api.js';

export function censusRecord(answer: CensusScenarioAnswer): ScenarioRecord {
  const { scenario } = answer;
  return {
    id: '',
    name:
      typeof scenario.name === 'string'
        ? scenario.name
        : `${answer.council.name} from the ${answer.year} census`,
    description: typeof scenario.description === 'string' ? scenario.description : '',
    shipped: false,
    hash: '',
    createdAt: null,
    updatedAt: null,
    scenario,
  };
}
