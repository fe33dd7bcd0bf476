/**
 * Claim 1 quotations from the shared fixtures, used as test inputs (quoted, not copied files):
 * EPO OPS `epo-ops-xml/demo/examples/get_claims/response.xml` and USPTO grant XML
 * `uspto-xml/xml2014/US08926509.xml`, `US08927118.xml`.
 */
/** EP 2400812 A1 claim 1 (EPO OPS fixture get_claims/response.xml), abridged at the end with "…". */
export const EP2400812_CLAIM_1 =
  '1. A communication device (100) comprising:\n' +
  'a first Bluetooth transceiver circuitry (102) providing a first Bluetooth connection to a first Bluetooth network;\n' +
  'characterized in that the communication device (100) further comprises at least a second Bluetooth transceiver ' +
  'circuitry (104) providing a second Bluetooth connection to a second Bluetooth network different from the first ' +
  'Bluetooth network;\n' +
  'an internal connection (105) between the first Bluetooth transceiver circuitry (102) and the second Bluetooth ' +
  'transceiver circuitry (104) to transfer data between the first Bluetooth transceiver circuitry (102) and the ' +
  'second Bluetooth transceiver circuitry (104); and\n' +
  'processing means (110) arranged to analyze a destination of a data packet received through any one of the first ' +
  'Bluetooth transceiver circuitry and the second Bluetooth transceiver circuitry …';

/** US 8,926,509 B2 claim 1 (USPTO grant XML 2014 fixture), abridged inside each element with "…". */
export const US8926509_CLAIM_1 =
  '1. A system for measuring physiological signals, comprising: (a) a patch-ASIC chip adapted for incorporation ' +
  'into a physiological signal monitoring patch comprising a sensor interface, a processor coupled to the sensor ' +
  'interface, …; (b) the gate-ASIC chip comprising a processor that processes sensor data, …; and (c) the ' +
  'base-ASIC chip comprising a processor that processes sensor data, …';

/** US 8,927,118 B2 claim 1 (USPTO grant XML 2014 fixture), first two elements. */
export const US8927118_CLAIM_1 =
  '1. A material for an organic electroluminescence device represented by the formula (5): wherein: X5 and X6 ' +
  'represent N—R1; R1 represents a substituted or unsubstituted aromatic hydrocarbon group having a ring formed ' +
  'of 6 to 24 carbon atoms;';
