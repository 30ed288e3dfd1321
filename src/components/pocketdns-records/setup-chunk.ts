// What the records element loads on first use: "Set up a service" (the catalog and
// <pocketdns-connect>) and zone files (<pocketdns-zone-import>, the BIND writer and the apply
// engine), and the translations of record health findings. Imported dynamically, so the script
// that only manages records does not carry them.
import '../pocketdns-connect/pocketdns-connect.js';
import '../pocketdns-zone-import/pocketdns-zone-import.js';

export { catalog } from '../../templates/index.js';
export { applyPlan, undoApplied } from '../../internal/apply/index.js';
export { toZoneFile } from '../../dns/zonefile/write.js';
export { ServiceSetupFlow } from './service-setup-flow.js';
export { ZoneFilesFlow } from './zone-files-flow.js';
export { findingText, fixText } from './finding-text.js';
