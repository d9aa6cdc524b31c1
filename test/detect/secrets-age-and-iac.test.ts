import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/engine.js';
import { spansOf } from '../support/spans.js';

const engine = createDetector({ extras: [] });
const secrets = (text: string) => spansOf(engine, text, ['SECRET']);

const AGE_SECRET_1 = 'AGE-SECRET-KEY-1U8R9ZK8QZGMSYHME2JH39PYUN795L86SXZSANRDKFAVN895DY6MS43WU8Q';
const AGE_PUBLIC_1 = 'age1dr0a7juy0hmdcgpt6t70kcd5867k8sd7zk0sd2xsd7yrh9sfnumsgn3qr2';
const AGE_SECRET_2 = 'AGE-SECRET-KEY-1LM520RY9D5LVURQ7UA4PSG58GDFA5YGE9656330KDRNL67036TKQRP7T32';
const AGE_PUBLIC_2 = 'age1gj0h4pzm4ncvyf8jyy22vew4lpp8fgqpzvdt2g2yzqg4u6svk74szs7e39';

describe('age keys: the secret key is SECRET, the public recipient is not', () => {
  it('reports the secret key of an age-keygen file and leaves its public key comment', () => {
    const keyFile = `# created: 2026-10-02T08:41:17+02:00\n# public key: ${AGE_PUBLIC_1}\n${AGE_SECRET_1}\n`;
    expect(secrets(keyFile)).toEqual([AGE_SECRET_1]);
  });

  it('leaves recipients in a sops config, a CLI line and a chat question', () => {
    expect(secrets(`creation_rules:\n  - path_regex: prod/.*\\.env\n    age: ${AGE_PUBLIC_1},${AGE_PUBLIC_2}`)).toEqual(
      [],
    );
    expect(secrets(`age -r ${AGE_PUBLIC_2} -o backup.tar.age backup.tar`)).toEqual([]);
    expect(
      secrets(`¿Por qué falla el descifrado? Cifré con la clave pública ${AGE_PUBLIC_2} y el fichero existe.`),
    ).toEqual([]);
    expect(secrets(`recipient_key: ${AGE_PUBLIC_1}`)).toEqual([]);
  });

  it('reports a secret key pasted in a message beside its recipient', () => {
    expect(secrets(`mi destinatario es ${AGE_PUBLIC_2} y la privada (no la compartas): ${AGE_SECRET_2}`)).toEqual([
      AGE_SECRET_2,
    ]);
  });
});

describe('infrastructure-as-code credential parameters', () => {
  it('leaves declarations: a Bicep param, a Terraform variable, an ARM securestring parameter', () => {
    expect(
      secrets('@secure()\nparam sqlAdminPassword string\nparam location string = resourceGroup().location'),
    ).toEqual([]);
    expect(secrets('variable "db_password" {\n  type      = string\n  sensitive = true\n}')).toEqual([]);
    expect(secrets('"parameters": {\n  "administratorLoginPassword": { "type": "securestring" }\n}')).toEqual([]);
  });

  it('leaves a property set from a parameter, a variable or a secret reference', () => {
    const bicep =
      "resource srv 'Microsoft.Sql/servers@2023-05-01-preview' = {\n  properties: {\n    administratorLogin: 'dbadmin'\n" +
      '    administratorLoginPassword: sqlAdminPassword\n  }\n}';
    expect(secrets(bicep)).toEqual([]);
    expect(secrets("module app './app.bicep' = {\n  params: {\n    adminPassword: vmAdminPassword\n  }\n}")).toEqual(
      [],
    );
    expect(secrets('spec:\n  password: dbPasswordParam\n  token: vaultTokenRef')).toEqual([]);
    expect(secrets('administrator_login_password = var.sql_admin_password')).toEqual([]);
  });

  it('reads a leet word ending in Pass as a chosen password, one digit in a name as a reference', () => {
    expect(secrets('DB_PASSWORD=s3cr3tPass')).toEqual(['s3cr3tPass']);
    expect(secrets('MAIL_PASSWORD=m4ng0Pass7')).toEqual(['m4ng0Pass7']);
    expect(secrets('password: k8sSecretRef')).toEqual([]);
    expect(secrets('smtp_pass: oauth2Password')).toEqual([]);
  });

  it('reports the literal given to a credential parameter in Bicep, Terraform and ARM', () => {
    expect(secrets("@secure()\nparam vmAdminPassword string = 'Tq4!zLr8#Wn2'")).toEqual(['Tq4!zLr8#Wn2']);
    expect(secrets('variable "grafana_admin_password" {\n  type    = string\n  default = "Hx9$wQ2mZ7pv"\n}')).toEqual([
      'Hx9$wQ2mZ7pv',
    ]);
    expect(secrets('{\n  "parameters": {\n    "adminPassword": { "value": "Rk3#nV8!qT1s" }\n  }\n}')).toEqual([
      'Rk3#nV8!qT1s',
    ]);
    expect(secrets("var sqlAdminPassword = 'Cobre-Halcon-Nueve-41'")).toEqual(['Cobre-Halcon-Nueve-41']);
  });

  it('leaves a literal given to a parameter that is no credential or an ARM expression', () => {
    expect(secrets("param keyVaultName string = 'kv-shared-01'")).toEqual([]);
    expect(secrets('"adminPassword": { "value": "[parameters(\'sqlPass\')]" }')).toEqual([]);
  });
});
