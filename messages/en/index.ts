// The English catalog, one file per area so that areas can be edited independently.
// Each file holds top-level namespaces; add a new area's file here.
import activity from "./activity.json";
import auth from "./auth.json";
import common from "./common.json";
import consensus from "./consensus.json";
import devMail from "./dev-mail.json";
import edge from "./edge.json";
import exportsMessages from "./exports.json";
import feedback from "./feedback.json";
import forms from "./forms.json";
import home from "./home.json";
import mail from "./mail.json";
import invitations from "./invitations.json";
import justify from "./justify.json";
import protocol from "./protocol.json";
import publicPages from "./public.json";
import publication from "./publication.json";
import report from "./report.json";
import reportPage from "./report-page.json";
import reportAccord from "./report-accord.json";
import respond from "./respond.json";
import rounds from "./rounds.json";
import response from "./response.json";
import results from "./results.json";
import summaries from "./summaries.json";
import panel from "./panel.json";
import sources from "./sources.json";
import studies from "./studies.json";
import team from "./team.json";
import text from "./text.json";
import versions from "./versions.json";

const messages = {
  ...common,
  ...forms,
  ...home,
  ...auth,
  ...mail,
  ...devMail,
  ...edge,
  ...studies,
  ...protocol,
  ...respond,
  ...response,
  ...invitations,
  ...team,
  ...activity,
  ...text,
  ...justify,
  ...publicPages,
  ...publication,
  ...exportsMessages,
  ...sources,
  ...report,
  ...reportPage,
  ...reportAccord,
  ...panel,
  ...rounds,
  ...results,
  ...consensus,
  ...summaries,
  ...feedback,
  ...versions,
};

export default messages;
