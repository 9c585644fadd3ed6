import { languageContradicting } from './declared';

const SW =
  'Wakulima wa mwani katika kijiji cha Paje wamesema mavuno ya msimu huu yameshuka kwa kiasi kikubwa kutokana na ongezeko la joto la bahari. ' +
  'Bi Mwanaisha Juma, ambaye amekuwa akilima mwani kwa zaidi ya miaka kumi, alisema kuwa mimea mingi hufa kabla ya kukomaa. ' +
  'Kwa mujibu wa wataalamu wa Taasisi ya Sayansi za Bahari, joto la maji katika eneo hilo limeongezeka kwa karibu nyuzi mbili. ' +
  'Wakulima wengi ni wanawake, na kilimo cha mwani ndicho chanzo kikuu cha mapato kwa familia zao.';
const EN =
  'The city council met on Monday and discussed the new budget for the schools and the swimming pool. ' +
  'Most of the additional spending will go to the repair of schools and kindergartens, the head of the committee said. ' +
  'Residents asked the deputies about the bus route, which was cancelled in the spring, and the administration promised to return it. ' +
  'The opposition criticised the plan to spend millions on paving stones in the centre while courtyards remain unrepaired.';
const ES =
  'El ayuntamiento aprobó el lunes el presupuesto para el próximo año con los votos de la mayoría. La mayor parte del gasto ' +
  'adicional se destinará a la reparación de las escuelas y de los centros de salud, según explicó la concejala de Hacienda. ' +
  'Los vecinos preguntaron por la línea de autobús que se suprimió en primavera y el alcalde prometió que volverá en marzo. ' +
  'La oposición criticó que se gasten millones en el centro mientras los barrios de la periferia siguen sin arreglar.';
const DE_QUOTING =
  'Der Minister sagte am Montag, die Regierung werde den Haushalt nicht ändern. "We will not change the budget for the schools," ' +
  'hatte er zuvor in einem Interview mit einem britischen Sender gesagt. Die Opposition kritisierte das und forderte mehr Geld für ' +
  'die Schulen in den ländlichen Regionen, die seit Jahren auf eine Sanierung warten. Ein Sprecher des Ministeriums wollte sich ' +
  'dazu nicht äußern und verwies auf die Pressekonferenz am Dienstag, bei der auch der Finanzminister sprechen wird.';

test.each([
  ['Swahili under en-US', 'en-US', SW, 'sw'],
  ['English as declared', 'en', EN, null],
  ['Spanish under en', 'en', ES, 'es'],
  ['German quoting English, declared de', 'de', DE_QUOTING, null],
  ['no list for the declared language', 'ja', SW, null],
  ['too few words', 'en', SW.slice(0, 150), null],
  ['no declared language', null, SW, null],
])('%s', (_why, declared, text, want) => {
  expect(languageContradicting(declared, text)).toBe(want);
});
