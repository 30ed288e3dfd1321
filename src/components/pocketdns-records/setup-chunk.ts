// What "Set up a service" loads on first use: the catalog and <pocketdns-connect>. Imported
// dynamically, so the script that only manages records does not carry them.
import '../pocketdns-connect/pocketdns-connect.js';

export { catalog } from '../../templates/index.js';
