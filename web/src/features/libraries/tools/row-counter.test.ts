import { describe, expect, it } from 'vitest';
import { csvRowCounter, jsonRowCounter } from './row-counter';

describe('counting the rows of a streamed export', () => {
  it('when CSV cells hold quoted line breaks and the chunks split a CRLF, then only records are counted', () => {
    const counter = csvRowCounter();
    expect(counter.add('LibId,LibName\r')).toBe(0);
    expect(counter.add('\na,"two\r\nlines"\r\nb,"say ""hi""')).toBe(1);
    expect(counter.add('"\r\n')).toBe(2);
  });

  it('when JSON rows arrive, then each line that starts with { is one, wherever the chunks cut', () => {
    const counter = jsonRowCounter();
    expect(counter.add('{"region":"x","libraries":[\n')).toBe(0);
    expect(counter.add('{"libId":"a","libName":"{not a row}"},\n')).toBe(1);
    expect(counter.add('{"libId":"b"}\n],"rowCount":2}\n')).toBe(2);
  });
});
