// Plain JavaScript after the widget's script: listen to the elements' events.
const status = document.getElementById('status');
const records = document.querySelector('pocketdns-records');

records.addEventListener('pocketdns-record-create', (event) => {
  status.textContent = `Added ${event.detail.record.type} ${event.detail.record.name}`;
});

records.addEventListener('pocketdns-before-change', (event) => {
  // Keep the mail records your platform manages out of the customer's hands.
  if (event.detail.record.type === 'MX') event.preventDefault();
});

document.querySelector('pocketdns-domains').addEventListener('pocketdns-domain-select', (event) => {
  document.title = `DNS · ${event.detail.domain.name}`;
});
