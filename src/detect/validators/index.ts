import { email, ipv4, ipv6, personalUrl } from './contact.js';
import { cryptoWallet } from './crypto-wallets.js';
import { calendarDate } from './dates.js';
import { arCbu, bankAccount, bic, iban, mxClabe, paymentCard } from './financial.js';
import {
  arCuit,
  brCnpj,
  brCpf,
  clRut,
  coNit,
  contextualId,
  esDniNie,
  grAmka,
  idNpwp,
  inAadhaar,
  krRrn,
  mxCurp,
  mxRfc,
  peCui,
  pyRuc,
  thPin,
  trId,
  ukNino,
  usSsn,
  veRif,
  zaId,
} from './national-ids.js';
import { phone } from './phone.js';
import { assignedPassword, assignedSecret, password, pin, providerToken } from './secrets.js';
import type { Validator } from './types.js';

export type { Validated, Validator } from './types.js';

/** Validators by the name rule packs use in their `validator:` field. */
export const VALIDATORS: Readonly<Record<string, Validator>> = {
  luhn_card: paymentCard,
  iban,
  bic,
  bank_account: bankAccount,
  ar_cbu: arCbu,
  mx_clabe: mxClabe,
  es_dni_nie: esDniNie,
  us_ssn: usSsn,
  mx_curp: mxCurp,
  mx_rfc: mxRfc,
  cl_rut: clRut,
  br_cpf: brCpf,
  br_cnpj: brCnpj,
  ar_cuit: arCuit,
  co_nit: coNit,
  pe_cui: peCui,
  py_ruc: pyRuc,
  za_id: zaId,
  kr_rrn: krRrn,
  th_pin: thPin,
  in_aadhaar: inAadhaar,
  gr_amka: grAmka,
  uk_nino: ukNino,
  tr_id: trId,
  ve_rif: veRif,
  id_npwp: idNpwp,
  crypto_wallet: cryptoWallet,
  contextual_id: contextualId,
  email,
  ipv4,
  ipv6,
  personal_url: personalUrl,
  phone,
  provider_token: providerToken,
  password,
  pin,
  assigned_secret: assignedSecret,
  assigned_password: assignedPassword,
  calendar_date: calendarDate,
};
