import { describe, expect, it } from 'vitest';
import { createJourneyFromDocument, listJourneyLinks, moveToTrash, purgeJourney } from '../../../renderer/src/storage';
import { resolveLink, journeyIndex, parentsOf } from '../../../renderer/src/domain';
import { journey } from '../../fixtures/journey-builder';
import { freshDb } from './helpers';

describe('links between stored journeys', () => {
  it('reads every link from stages and touchpoints, and a purged target reads as missing', async () => {
    const db = freshDb();
    const onboarding = journey('Onboarding');
    onboarding.stage('Sign up');
    const lifecycle = journey('Customer lifecycle');
    const join = lifecycle.stage('Join', { linkedJourneyId: onboarding.journeyId });
    const welcome = lifecycle.touchpoint(join, { title: 'Welcome call', linkedJourneyId: onboarding.journeyId });
    lifecycle.stage('Stay');
    await createJourneyFromDocument(db, onboarding.build());
    await createJourneyFromDocument(db, lifecycle.build());

    const read = await listJourneyLinks(db);
    expect(read.links).toEqual(
      expect.arrayContaining([
        { from: lifecycle.journeyId, to: onboarding.journeyId, kind: 'stage', itemId: join.id, itemName: 'Join' },
        {
          from: lifecycle.journeyId,
          to: onboarding.journeyId,
          kind: 'touchpoint',
          itemId: welcome.id,
          itemName: 'Welcome call',
        },
      ]),
    );
    expect(read.links).toHaveLength(2);
    const index = journeyIndex(read.journeys);
    expect(parentsOf(onboarding.journeyId, read.links, index).map((j) => j.title)).toEqual(['Customer lifecycle']);

    await moveToTrash(db, onboarding.journeyId);
    expect(resolveLink(onboarding.journeyId, journeyIndex((await listJourneyLinks(db)).journeys)).status).toBe(
      'trashed',
    );
    await purgeJourney(db, onboarding.journeyId);
    expect(resolveLink(onboarding.journeyId, journeyIndex((await listJourneyLinks(db)).journeys)).status).toBe(
      'missing',
    );
  });

  it('a journey in the trash is nobody’s parent', async () => {
    const db = freshDb();
    const child = journey('Child');
    const parent = journey('Parent');
    parent.stage('Opens child', { linkedJourneyId: child.journeyId });
    await createJourneyFromDocument(db, child.build());
    await createJourneyFromDocument(db, parent.build());
    await moveToTrash(db, parent.journeyId);
    expect((await listJourneyLinks(db)).links).toEqual([]);
  });
});
