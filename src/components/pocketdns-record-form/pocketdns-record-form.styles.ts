import { css } from 'lit';

/** Styles of `<pocketdns-record-form>` beyond the shared form styles: the SRV row, the name suffix, conflicts. */
export const recordFormStyles = css`
  .fields-row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr));
    gap: calc(var(--_space) * 1.5);
  }
  .with-suffix {
    /* A DNS name reads left to right in every language: "www" then ".example.com". */
    direction: ltr;
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  .with-suffix input {
    flex: 1;
    min-width: 6rem;
  }
  .suffix {
    color: var(--_muted);
    font-family: var(--_mono);
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  textarea {
    min-height: 5rem;
  }
  /* What the customer types is DNS data: it reads left to right in every language (an IPv6
     address must not reorder in Arabic), as the table shows it. */
  input,
  textarea {
    direction: ltr;
  }
  .conflicts {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  .presave:empty {
    margin-top: calc(var(--_space) * -1.5);
  }
  .presave .banner {
    display: block;
  }
  .presave p {
    margin: 0 0 0.25rem;
  }
  .fix {
    display: block;
  }
`;
