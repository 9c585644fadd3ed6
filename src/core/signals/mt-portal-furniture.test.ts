import { detect } from './mt-portal-furniture';
import { context } from '../test-kit';

const BODY = ['The forum was held in Beijing on Saturday, the organisers said.', 'Officials of both countries attended the meeting.'];

const FIRES: [string, string][] = [
  ['date, source, editor and font line', 'February 11, 2023, 13:09:10 [Source: Xinhua News Agency] [Editor: Li Xufeng] Font: [Large Medium Small]'],
  ['closing source and author line', '(Source: Global Times, Author: Niu Ruifei)'],
  ['font size line', 'Font size: Large Medium Small'],
  ['responsible editor in lenticular brackets', '【Responsible editor: Wang Hao】'],
  ['bracketed source', "[Source: People's Daily]"],
];

const SILENT: [string, string][] = [
  ['the line quoted in a sentence', 'Their output is easy to spot: lines such as "[Source: Xinhua News Agency] [Editor: ...] Font: [Large Medium Small]".'],
  ['a plain source line', 'Source: Reuters'],
  ['a byline', 'Editor: Jane Smith'],
  ["an English site's own widget", 'Choose a font size: small, medium or large'],
  ['a long paragraph with a bracketed source', `${'The minister said the talks had gone well. '.repeat(8)}[Source: Xinhua]`],
];

describe('mt-portal-furniture', () => {
  test.each(FIRES)('fires: %s', (_why, line) => {
    const signals = detect(context({ paragraphs: [...BODY, line] }));
    expect(signals).toEqual([{ id: 'mt-portal-furniture', from: 'zh', evidence: { text: line } }]);
  });
  test.each(SILENT)('silent: %s', (_why, line) => {
    expect(detect(context({ paragraphs: [...BODY, line] }))).toEqual([]);
  });
  test('one signal per page', () => {
    expect(detect(context({ paragraphs: [...BODY, '(Source: Global Times, Author: Niu Ruifei)', '[Source: Xinhua]'] }))).toHaveLength(1);
  });
});
