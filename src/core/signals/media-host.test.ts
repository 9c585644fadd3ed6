import { context } from '../test-kit';
import { detect } from './media-host';

type F = Parameters<typeof context>[0];
const fires: [string, F, string][] = [
  ['image on cdni.rt.com', { media: ['https://cdni.rt.com/files/2024.01/article/x.jpg'] }, 'rt'],
  ['image on an RT DE host', { media: ['https://de.rt.com/img/x.jpg'] }, 'rt-de'],
  ['image on a Sputnik CDN', { media: ['https://cdn1.img.sputnikglobe.com/img/1.jpg'] }, 'sputnik'],
  ['video on ruptly.tv', { media: ['https://storage.ruptly.tv/x.mp4'] }, 'ruptly'],
  ['image on a TASS host', { media: ['https://tassphoto.com/x.jpg'] }, 'tass'],
  ['image on xinhuanet.com', { media: ['http://www.xinhuanet.com/photo/x.jpg'] }, 'xinhua'],
  ['an image after an unrelated one', { media: ['https://i.guim.co.uk/x.jpg', 'https://cdni.rt.com/y.jpg'] }, 'rt'],
  ['image on a CGTN host', { media: ['https://news.cgtn.com/news/x.jpg'] }, 'cgtn'],
];
const silent: [string, F][] = [
  ['images on the page\'s own host', { media: ['https://example-news.test/wp-content/x.jpg'] }],
  ['image on i.guim.co.uk', { media: ['https://i.guim.co.uk/x.jpg'] }],
  ['image on wikimedia', { media: ['https://upload.wikimedia.org/x.jpg'] }],
  ['image on art.com', { media: ['https://art.com/x.jpg'] }],
  ['image on breitbart.com', { media: ['https://media.breitbart.com/x.jpg'] }],
  ['the page is on rt.com itself', { url: 'https://www.rt.com/news/1/', media: ['https://cdni.rt.com/x.jpg'] }],
  ['no media', {}],
  ['image on smart.com', { media: ['https://www.smart.com/x.png'] }],
];
test.each(fires)('fires: %s', (_n, f, outlet) => expect(detect(context(f)).map((s) => s.outlet)).toEqual([outlet]));
test.each(silent)('silent: %s', (_n, f) => expect(detect(context(f))).toEqual([]));
test('two images from one outlet give one signal', () => {
  expect(detect(context({ media: ['https://cdni.rt.com/a.jpg', 'https://cdni.rt.com/b.jpg'] }))).toHaveLength(1);
});
