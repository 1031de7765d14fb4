import { useEffect, useRef, useState } from 'react';
import type { Profile } from 'scholar-elements';
import { PubList, ResearcherCard, TimelineView, type PubListElement, type ScholarErrorEvent } from 'scholar-elements/react';

const PROFILE_URL = 'profiles/minjia-zhang.json';

export function App() {
  // The card fetches its own data through `src`; the list and the timeline get the profile object as a property.
  const [profile, setProfile] = useState<Profile>();
  const [status, setStatus] = useState('Loading…');
  const list = useRef<PubListElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(PROFILE_URL, { signal: controller.signal })
      .then((response) => response.json() as Promise<Profile>)
      .then(setProfile)
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setStatus(`Could not load ${PROFILE_URL}: ${String(error)}`);
      });
    return () => controller.abort();
  }, []);

  const showError = (event: ScholarErrorEvent) => setStatus(event.detail.message);

  return (
    <main>
      <ResearcherCard src={PROFILE_URL} variant="full" onScholarError={showError} />
      <p id="status" role="status">
        {status}
      </p>
      <PubList ref={list} profile={profile} groupBy="year" onScholarLoad={() => setStatus(`${list.current?.publications.length ?? 0} publications`)} onScholarError={showError} />
      <TimelineView profile={profile} onScholarError={showError} />
    </main>
  );
}
