// Record health as the extras part gives it to the records element's HealthHook: the linter's
// findings, the "Is it live?" watch and their rendering, loaded after the first rows.
import type { ReactiveControllerHost } from 'lit';
import type { HealthOptions, HealthParts } from './health-hook.js';
import { HealthController } from './health-controller.js';
import { healthStyles } from './health.styles.js';
import { PropagationController, type PropagationSettings } from './propagation-controller.js';
import { renderDetailsRow, renderHealthCell } from './record-health-views.js';

/** The health and propagation controllers for one element, behind the hook's small interface. */
export function createHealth(host: ReactiveControllerHost & HTMLElement & PropagationSettings, options: HealthOptions): HealthParts {
  // The health cells' styles come with them (health.styles.ts).
  const root = host.shadowRoot;
  if (root && healthStyles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, healthStyles.styleSheet];
  const health = new HealthController(host, options);
  const propagation = new PropagationController(host, options);
  return {
    get problemsOnly() {
      return health.problemsOnly;
    },
    only: (rows) => health.only(rows),
    renderButton: () => health.renderButton(),
    view: () => {
      const data = health.data(propagation);
      return {
        detailsOpen: data.detailsOpen,
        cell: (record, label, tab) => renderHealthCell(data, record, label, tab),
        details: (record, label, index, rowIndex) => renderDetailsRow(data, record, label, index, rowIndex),
        onToggleDetails: (id) => {
          data.onToggleDetails(id);
        },
        onCheck: (record) => {
          data.onCheck(record);
        },
      };
    },
    check: (record) => {
      propagation.check(record, false);
    },
    clear: () => {
      health.clear();
      propagation.clear();
    },
  };
}
