import { describe, expect, it } from 'vitest';
import { NlpDetector } from '../../src/detect/nlp/nlp-detector.js';
import { spansOf } from '../support/spans.js';

const detector = new NlpDetector();
const people = (text: string) => spansOf(detector, text, ['PERSON'], 0.5);

describe('NlpDetector: names of things that are also names of people', () => {
  it('reads rooms and buildings named after people as rooms, lists of them too', () => {
    expect(people('Rooms Lovelace and Turing (2F-West) are closed Friday; book Noether or Hopper instead.')).toEqual(
      [],
    );
    expect(people('Reservad la sala Ochoa o la sala Cajal.')).toEqual([]);
    expect(people('the Lovelace room is free after 3')).toEqual([]);
    expect(people('Meeting rooms: Lovelace, Turing, Hopper')).toEqual([]);
  });

  it('still reads a list of people after a verb whose object is a person', () => {
    expect(people('Invite Hopper and Ritchie to the call.')).toEqual(['Hopper', 'Ritchie']);
  });

  it('reads a given name before a software part as the part', () => {
    expect(people('- Fix: Quentin sync no longer duplicates folders')).toEqual([]);
  });

  it('reads a code name of a project or a release as a thing', () => {
    expect(people('Release codename Quentin ships Friday')).toEqual([]);
    expect(people('Kickoff of Project Marlowe next week')).toEqual([]);
    expect(people('project manager Ana Ruiz leads it')).toEqual(['Ana Ruiz']);
  });

  it('never takes weekday or month abbreviations for names in a list', () => {
    expect(people('Booked with: Dr Lindqvist, Tue 15 Dec 10:40, Hillsborough branch')).toEqual(['Dr Lindqvist']);
    expect(people('cita con la Dra. Solís, vie 3 oct')).toEqual(['Dra. Solís']);
  });

  it('never takes a short acronym after a person cue for a name', () => {
    expect(people('we need the signed NDA back before the 9th')).toEqual([]);
  });

  it('reads a pair ending in a compass word or a depot abbreviation as a site', () => {
    expect(people('first,last,company\nLena,Fischer,Kaffeewerk Nord')).not.toContain('Kaffeewerk Nord');
    expect(people('shipped from Reno NV DC to Boise')).toEqual([]);
    expect(people('Tom West called about the invoice')).toEqual(['Tom West']);
  });
});
