import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
// Registers <pocketdns-domains> and <pocketdns-records> in the browser.
import '@pocketdns/widget';
import { DnsComponent } from './app/dns.component';

bootstrapApplication(DnsComponent, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => console.error(error));
