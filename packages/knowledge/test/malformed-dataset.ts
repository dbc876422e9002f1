// A tiny dataset in the shape of ../shared/kb, every row invented, with deliberate
// defects for the reader and import tests. Written to a temporary directory at
// test time, so that no CSV in the dataset's layout is kept in the repository.
// Line numbers matter: the tests assert them.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FILES: Record<string, string> = {
  "agencies.csv": "agency_id,agency_name_hash,ministry_id,department_id,agency_name,agency_description,logo_url,agency_url,observed_service_count,ministry_departments_agencies_url\nccccccccccc1,ddddddddddd1,aaaaaaaaaaa1,bbbbbbbbbbb1,Kenya Testing Authority,Issues test permits &amp; licences.,https://example.org/logo.png,https://kta.example.org/,3,https://ecitizen.go.ke/en/ministries/testing\nccccccccccc2,ddddddddddd2,aaaaaaaaaaa1,bbbbbbbbbbb1,Agency With Bad Logo,Desc,javascript:alert(1),https://bad.example.org/,0,https://ecitizen.go.ke/en/ministries/testing\n",
  "departments.csv": "department_id,ministry_id,department_name,observed_agency_count,observed_service_count,ministry_departments_url\nbbbbbbbbbbb1,aaaaaaaaaaa1,State Department For Testing,1,3.0,https://ecitizen.go.ke/en/ministries/testing?department=testing\n",
  "faqs.csv": "faq_id,question,answer\nfffffffffff1,How do I test?,\"Write a test, then\nrun it.\"\nfffffffffff2,,An answer without a question.\n",
  "ministries.csv": "ministry_id,ministry_name,ministry_description,reported_agency_count,observed_agency_count,reported_service_count,observed_service_count,observed_department_count,ministry_url\naaaaaaaaaaa1,Ministry Of Testing,\"Tests things, carefully.\",1,1,3,3,1,https://ecitizen.go.ke/en/ministries/testing\n",
  "services.csv": "service_id,agency_id,department_id,ministry_id,service_name,service_url,service_description,requirements\neeeeeeeeeee1,ccccccccccc1,bbbbbbbbbbb1,aaaaaaaaaaa1,Test Permit Application,https://kta.example.org/permit,,\neeeeeeeeeee2,ccccccccccc1,bbbbbbbbbbb1,aaaaaaaaaaa1,Too Few Columns,https://kta.example.org/\nNOT-AN-ID,ccccccccccc1,bbbbbbbbbbb1,aaaaaaaaaaa1,Bad Id,https://kta.example.org/,,\neeeeeeeeeee3,ccccccccccc1,bbbbbbbbbbb1,aaaaaaaaaaa1,   ,https://kta.example.org/,,\neeeeeeeeeee4,ccccccccccc1,bbbbbbbbbbb1,aaaaaaaaaaa1,\"Multi-line\nLicence Renewal\",https://kta.example.org/renew,,\neeeeeeeeeee5,ccccccccccc1,bbbbbbbbbbb1,aaaaaaaaaaa1,Ftp Service,ftp://kta.example.org/,,\neeeeeeeeeee1,ccccccccccc1,bbbbbbbbbbb1,aaaaaaaaaaa1,Duplicate Of Line Two,https://kta.example.org/dup,,\n,ccccccccccc1,bbbbbbbbbbb1,aaaaaaaaaaa1,Missing Id,https://kta.example.org/,,\neeeeeeeeeee6,,,,Service Without Agency,,,\neeeeeeeeeee7,ccccccccccc1,bbbbbbbbbbb1,aaaaaaaaaaa1,Spaced Url,https://kta.example.org/sp ace,,\n",
};

/** Writes the malformed dataset into a new temporary directory and returns its path (the caller removes it). */
export async function writeMalformedDataset(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'knowledge-malformed-'));
  for (const [file, content] of Object.entries(FILES)) await writeFile(join(dir, file), content);
  return dir;
}
