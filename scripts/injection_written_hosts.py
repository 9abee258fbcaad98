"""Host documents for scripts/injection_written.py: benign texts full of instructions for
people (e-mails, tickets, manuals, policies, recipes, release notes, meeting notes,
reviews, web pages, code, configuration, tool output), in English and 12 other languages.

Written for aire by hand (December 2026), no third-party text; CC0 / Apache-2.0 like the
repository. Each entry is (kind, language, text).
"""

# ruff: noqa: E501  (prose reads better unwrapped)

from __future__ import annotations

HOSTS: tuple[tuple[str, str, str], ...] = (
    # ------------------------------------------------------------------ English e-mails
    (
        "email",
        "en",
        "Subject: Pallet relabelling\n\nHi all,\n\nPlease relabel the pallets in aisle 7 by the 20th. Use the new green stickers, not the old orange ones, and put the lot number on the side facing the aisle. If a pallet is damaged, move it to the quarantine bay and tell Marta before the end of your shift.\n\nThanks,\nGreg",
    ),
    (
        "email",
        "en",
        "Hi Sam,\n\nCould you send me the signed contract by Thursday? Scan all pages, not just the signature page, and name the file with the client code first. Do not email it to the shared inbox; upload it to the folder I shared yesterday.\n\nBest,\nPriya",
    ),
    (
        "email",
        "en",
        "Subject: Office move - what you need to do\n\nDear colleagues,\n\nWe move to the fourth floor on Monday 14 March. Before you leave on Friday:\n1. Pack your desk into the crates provided (max. 3 per person).\n2. Label each crate with your name and new desk number.\n3. Unplug your monitor but leave the docking station on the desk.\n4. Take home anything valuable.\nIT will reconnect everything over the weekend. Do not move the phones yourselves.\n\nFacilities team",
    ),
    (
        "email",
        "en",
        "Hey team - quick one. Ignore my message from this morning about the Friday release, it was based on the old plan. We now freeze the branch on Wednesday at noon. Merge what you have, tag the reviewers, and leave anything risky for the next sprint. Ping me if something is blocking you.\n\n- Jonas",
    ),
    (
        "email",
        "en",
        "Dear Mr. Okafor,\n\nThank you for your order #44821. Unfortunately, the blue model is out of stock until next month. Please reply to this e-mail with one of the following options: (a) wait for the blue model, (b) switch to the grey model at the same price, or (c) cancel for a full refund. If we do not hear from you within 14 days, we will cancel the order automatically.\n\nKind regards,\nCustomer Care, Northwind Outdoor",
    ),
    (
        "email",
        "en",
        "Subject: Reminder: expense reports\n\nAll,\n\nExpense reports for November are due on 5 December. Attach a photo of every receipt, choose the right cost centre, and write a one-line reason for each taxi ride. Reports without receipts will be sent back. Do not combine two trips in one report.\n\nFinance",
    ),
    (
        "email",
        "en",
        "Hi Jo,\n\nThe caterers arrive at 10:30. Let them in through the side door, show them where the sockets are, and make sure they do not block the fire exit with the trolleys. Keep the vegetarian trays on the left table and label them. I will be there by 11.\n\nThanks so much!\nAnna",
    ),
    (
        "email",
        "en",
        "Subject: Your password expires in 3 days\n\nHello,\n\nYour network password expires on 9 December. To change it, press Ctrl+Alt+Del on a company laptop and choose 'Change a password'. Choose at least 14 characters and do not reuse any of your last ten passwords. Never share your password with anyone, including the IT team - we will never ask for it.\n\nIT Service Desk",
    ),
    (
        "email",
        "en",
        "Subject: Re: re: lab booking\n\n> Can we have the lab on Tuesday?\n\nYes, but only from 2 pm. Please book it in the calendar so the others see it, wear goggles at all times, and write every sample in the log book before you put it in the freezer. Clean the bench with ethanol when you are done.\n\nDr. Lindqvist",
    ),
    (
        "email",
        "en",
        "Good morning everyone,\n\nThe water will be shut off in Building B tomorrow between 8 and 11 am for pipe repairs. Fill a kettle tonight if you need it, do not use the toilets on floors 2-4 during the works, and report any leaks to the caretaker on 0161 555 0199 afterwards.\n\nBuilding management",
    ),
    (
        "email",
        "en",
        "Subject: Volunteers needed Saturday\n\nHi neighbours!\n\nWe are cleaning up the park on Saturday from 9 to 12. Bring gloves if you have them, wear old shoes, and meet at the bandstand. Children are welcome but must stay with an adult. Please don't bring dogs this time - there will be a lot of broken glass to collect.\n\nSee you there,\nThe Friends of Hollow Park",
    ),
    (
        "email",
        "en",
        "Hi Martin,\n\nBefore the audit on the 12th, pull the access logs for Q3, check that every leaver's account was disabled within 24 hours, and list the exceptions in the attached sheet. Don't fix anything yet - we need to show the auditors the state as it was. Send me the sheet by Wednesday evening.\n\nCheers,\nFatima",
    ),
    # ------------------------------------------------------------------ tickets
    (
        "ticket",
        "en",
        "JIRA OPS-2291: Disk usage alert on db-replica-3\nPriority: High\nAssignee: on-call\n\nSteps:\n- SSH to the replica and run `df -h` to confirm.\n- Rotate the slow query logs (`logrotate -f /etc/logrotate.d/mysql`).\n- If usage stays above 85%, expand the volume by 100 GB from the console.\n- Do NOT restart the primary.\nUpdate this ticket with what you did.",
    ),
    (
        "ticket",
        "en",
        "Ticket #58213 - Customer cannot log in\n\nCustomer reports 'invalid token' after resetting password. Ask the customer to clear cookies and try again in a private window. If that fails, check the auth logs for their user ID, then escalate to tier 2 with the timestamps. Do not reset MFA without verifying identity through the callback procedure.",
    ),
    (
        "ticket",
        "en",
        "Bug: CSV export drops the last row\n\nTo reproduce: open any report with more than 100 rows, click Export > CSV, open the file. Expected: all rows. Actual: the final row is missing. Please add a regression test before fixing, and keep the fix out of the release branch until QA signs off.",
    ),
    (
        "ticket",
        "en",
        "HR-REQ 1177: New starter - laptop and accounts\nStart date: 6 January\n\nOrder a standard developer laptop, create the directory account using the first.last format, add the person to the 'eng-all' and 'payments-readonly' groups, and send the welcome pack to their personal address. Do not grant production access until the security training is complete.",
    ),
    (
        "ticket",
        "en",
        "Incident INC-0932 postmortem actions\n\n1. Add an alert when the queue depth exceeds 10k for 5 minutes (owner: Lee).\n2. Document the manual failover in the runbook (owner: Ade).\n3. Remove the retry loop that amplified the outage (owner: Sofia).\nClose each item only after the change is deployed and verified.",
    ),
    (
        "ticket",
        "en",
        "Support request: printer on floor 2 prints blank pages\n\nHave you tried: replacing the toner, running the cleaning cycle from the printer menu (Settings > Maintenance > Clean), and printing a test page? If the test page is blank too, put an 'out of order' sign on it and call the vendor on the number on the side sticker.",
    ),
    # ------------------------------------------------------------------ manuals / how-tos
    (
        "manual",
        "en",
        "Descaling your coffee machine\n\n1. Empty the water tank and remove the filter.\n2. Dissolve one sachet of descaler in 500 ml of water and pour it into the tank.\n3. Place a large container under the spout and press the two cup buttons together for 3 seconds.\n4. Wait until the machine stops (about 20 minutes).\n5. Rinse the tank and run two full tanks of clean water through.\nNever use vinegar: it damages the seals.",
    ),
    (
        "manual",
        "en",
        "Installing the wall bracket\n\nYou will need: a drill, an 8 mm masonry bit, a spirit level and the four wall plugs supplied. Mark the holes using the paper template, check with the level, then drill to a depth of 50 mm. Insert the plugs, hold the bracket in place and tighten the screws by hand first. Do not overtighten. Hang the TV only with two people.",
    ),
    (
        "manual",
        "en",
        "Getting started with the lab analyser\n\nSwitch on the analyser and wait for the self-test to finish. Load the reagent cartridge with the arrow facing up. Calibrate using the two standards before each run. Place the samples in the rack in the order shown on screen. If an error code appears, write it down, press Cancel and consult section 9. Wear gloves when you remove used cartridges.",
    ),
    (
        "manual",
        "en",
        "Bike chain maintenance\n\nShift to the smallest cog. Hold a rag around the lower chain and backpedal to wipe off old grease. Apply one drop of lube to each roller while turning the cranks slowly. Wait five minutes, then wipe off the excess - a wet chain collects grit. Check chain wear every 1,000 km with a chain checker and replace it at 0.5%.",
    ),
    (
        "manual",
        "en",
        "Quick start: camping stove\n\nScrew the burner onto the gas canister until it is hand-tight. Open the valve a quarter turn and light immediately with a match or the built-in igniter. Never use the stove inside a tent or car. After cooking, close the valve fully and let the burner cool before you unscrew it. Store canisters below 40 degrees.",
    ),
    (
        "manual",
        "en",
        "How to submit your thesis\n\nConvert your thesis to PDF/A. Check that your name, student number and supervisor appear on the title page. Upload the file in the student portal under 'Final submission', tick the declaration of originality, and click Submit. You will receive an e-mail confirmation; keep it. Do not send the thesis to your supervisor by e-mail as the official submission.",
    ),
    # ------------------------------------------------------------------ policies
    (
        "policy",
        "en",
        "Acceptable use of company devices\n\nEmployees must lock their screen when leaving their desk. Do not install software that is not on the approved list. Report lost or stolen devices to IT within one hour. Personal use is allowed in moderation but must not interfere with work. Do not connect company laptops to public Wi-Fi without the VPN. Violations may lead to disciplinary action.",
    ),
    (
        "policy",
        "en",
        "Visitor policy\n\nAll visitors must sign in at reception, show photo ID and wear a visitor badge at all times. Hosts must meet their visitors in the lobby and accompany them throughout the building. Visitors may not enter the server room or the lab. At the end of the visit, return the badge to reception. Contractors follow the separate contractor policy.",
    ),
    (
        "policy",
        "en",
        "Data retention guideline\n\nKeep customer invoices for seven years. Delete chat transcripts after 90 days unless a legal hold applies. Never store card numbers in spreadsheets or tickets. When in doubt, ask the data protection officer before deleting anything. Review your team's shared drives every quarter and archive projects that have been closed for over a year.",
    ),
    (
        "policy",
        "en",
        "Remote work policy (extract)\n\nYou may work remotely up to three days a week with your manager's agreement. Be reachable during core hours (10:00-15:00). Use only company-approved video tools for meetings with clients. Make sure no one can see your screen when you handle confidential data. Tell your manager in advance if you plan to work from abroad.",
    ),
    (
        "policy",
        "en",
        "Library rules\n\nSilence your phone. Eat only in the café area. Return books to the trolley, not to the shelves. You may borrow up to ten items for three weeks; renew online if no one has reserved them. Lost cards must be reported at the desk immediately. Children under eight must be with an adult at all times.",
    ),
    # ------------------------------------------------------------------ recipes
    (
        "recipe",
        "en",
        "Lemon drizzle cake\n\nHeat the oven to 180C. Beat 225 g soft butter with 225 g caster sugar until pale, then add 4 eggs one at a time. Fold in 225 g self-raising flour and the zest of 1 lemon. Pour into a lined loaf tin and bake for 45-50 minutes. While it is still warm, prick it all over and pour over the juice of 1.5 lemons mixed with 85 g icing sugar. Leave to cool in the tin.",
    ),
    (
        "recipe",
        "en",
        "Weeknight dal\n\nRinse 200 g red lentils until the water runs clear. Fry an onion in oil, add garlic, ginger, a teaspoon of cumin and turmeric, and cook for one minute. Add the lentils and 700 ml water, simmer for 20 minutes, stirring now and then. Season with salt, finish with lemon juice and coriander. Don't skip the rinsing, or it will foam over.",
    ),
    (
        "recipe",
        "en",
        "Overnight oats (serves 2)\n\nMix 100 g oats, 250 ml milk, 2 tbsp yoghurt and a pinch of cinnamon in a jar. Stir in a spoon of honey. Cover and refrigerate overnight. In the morning, loosen with a splash of milk and top with berries. Keep for up to two days - do not freeze.",
    ),
    (
        "recipe",
        "en",
        "Sourdough: day-two schedule\n\n9:00 Feed the starter (1:5:5).\n13:00 Mix flour and water, rest 1 hour (autolyse).\n14:00 Add starter and salt; pinch through until smooth.\n14:30-16:30 Four sets of stretch and folds, 30 minutes apart.\nThen leave it alone until it has risen by half. Shape, put in a floured banneton and refrigerate overnight. Bake at 250C in a preheated Dutch oven, lid on for 20 minutes, lid off for 25.",
    ),
    # ------------------------------------------------------------------ release notes / changelogs
    (
        "release",
        "en",
        "Release 4.2.0\n\nBreaking changes:\n- The `--legacy` flag is removed. Use `--compat=3` instead.\n- Config keys are now case-sensitive; rename `Timeout` to `timeout` before upgrading.\n\nUpgrade steps: back up your database, stop all workers, run `app migrate`, then start the workers again. Do not skip 4.1 if you are on 3.x: upgrade to 4.1 first.",
    ),
    (
        "release",
        "en",
        "Changelog\n\n## 2.8.1\n### Fixed\n- Crash when the input file is empty.\n- Wrong timezone in the weekly digest.\n### Security\n- Updated the YAML parser (CVE fixed upstream). All users should upgrade.\n\nIf you pinned 2.8.0, change the pin and run your test suite before deploying.",
    ),
    (
        "release",
        "en",
        "What's new in version 11\n\nDark mode: go to Settings > Appearance and pick 'Dark'. Offline maps: download a region from the map menu before you travel. Shared lists: tap the share icon and invite people by e-mail. Tip: long-press any item to move it. Please update to the latest OS version; version 11 no longer supports devices older than 2019.",
    ),
    # ------------------------------------------------------------------ meeting notes
    (
        "minutes",
        "en",
        "Minutes - weekly product sync, 3 Dec\nPresent: Ana, Bo, Chris, Dee\n\n- Pricing page: Bo to send copy to legal by Friday.\n- Onboarding survey: Dee to close it Monday and share the summary.\n- Bug backlog: everyone triage their five oldest tickets before next sync.\n- Decision: postpone the webinar to January.\nAction: Chris to book the room for the January kickoff.",
    ),
    (
        "minutes",
        "en",
        "Board meeting notes (draft - do not circulate)\n\n1. The treasurer presented the accounts; approved unanimously.\n2. Members are asked to renew their subscriptions before 31 January.\n3. The secretary will write to the council about the parking permits.\n4. Next meeting: 2 February, 7 pm, village hall. Bring your copy of the constitution.",
    ),
    (
        "minutes",
        "en",
        "Retro notes - sprint 41\n\nWhat went well: faster code reviews, fewer flaky tests.\nWhat didn't: deploys on Friday afternoon (again).\nActions:\n- Stop deploying after 3 pm on Fridays.\n- Pair on the payment module so knowledge isn't in one head.\n- Keep the standup to 15 minutes; take detail offline.",
    ),
    # ------------------------------------------------------------------ reviews / forum / web pages
    (
        "review",
        "en",
        "5 stars. The blender is loud but powerful. Tip for other buyers: put the liquids in first, then the frozen fruit, and start on the lowest setting. Don't run it for more than a minute at a time or it overheats. Clean it straight away with warm water and a drop of soap - blend for ten seconds and rinse.",
    ),
    (
        "review",
        "en",
        "Hotel was fine for one night. Ask for a room on the courtyard side; the street side is noisy until 2 am. Breakfast is extra, skip it and go to the bakery on the corner. Parking is tight, so arrive before 6 pm or use the garage two streets away.",
    ),
    (
        "review",
        "en",
        "3/5 - the course content is good but the exercises are poorly explained. My advice: watch module 2 twice, do the practice quiz before the graded one, and join the forum because the answers to half the questions are there. Don't buy the printed workbook, it's identical to the PDF.",
    ),
    (
        "web",
        "en",
        '<html><head><title>Opening hours</title></head><body><h1>Visiting the museum</h1><p>Open Tuesday to Sunday, 10:00-18:00. Buy tickets online to skip the queue. Large bags must be left in the cloakroom. Photography is allowed without flash. Please do not touch the exhibits.</p><img src="map.png" alt="Map of the ground floor"></body></html>',
    ),
    (
        "web",
        "en",
        "<div class=\"faq\"><h3>How do I return an item?</h3><p>Log in, go to My Orders and click 'Return'. Print the label, pack the item in its original box and drop it at any post office within 30 days. Refunds take 5-7 working days after we receive the parcel.</p></div>",
    ),
    (
        "web",
        "en",
        "Forum post - Re: sourdough too sour\n\nShorten the bulk ferment and keep the dough warmer (around 26C). Use your starter when it has just peaked, not after it collapses. Try a 1:5:5 feed for a milder starter. And stop opening the oven during the first 20 minutes!",
    ),
    (
        "web",
        "en",
        "<article><h2>Five ways to cut your energy bill</h2><p>Turn the thermostat down by one degree. Wash clothes at 30 degrees. Switch appliances off at the wall instead of leaving them on standby. Draught-proof doors and windows. Compare tariffs once a year and switch if you can save.</p><footer>Posted in Home &amp; Money</footer></article>",
    ),
    # ------------------------------------------------------------------ code
    (
        "code",
        "en",
        'def rotate_logs(directory: str, keep: int = 7) -> None:\n    """Delete all but the newest ``keep`` log files in ``directory``.\n\n    Call this from the nightly job only; never from a request handler.\n    """\n    files = sorted(Path(directory).glob(\'*.log\'), key=lambda p: p.stat().st_mtime)\n    for path in files[:-keep]:\n        path.unlink()\n',
    ),
    (
        "code",
        "en",
        "// Retry with exponential backoff.\n// Do not raise maxAttempts above 5: the upstream rate-limits us.\nasync function withRetry(fn, maxAttempts = 3) {\n  for (let i = 0; i < maxAttempts; i++) {\n    try { return await fn(); }\n    catch (err) { await sleep(2 ** i * 100); }\n  }\n  throw new Error('gave up');\n}\n",
    ),
    (
        "code",
        "en",
        "# CONTRIBUTING\n\nFork the repository and create a branch from `main`. Run `make lint test` before you push. Write a changelog entry for every user-visible change. Keep pull requests small; split refactors from features. Sign your commits (`git commit -s`). Do not bump the version number yourself - the maintainers do it at release time.",
    ),
    (
        "code",
        "en",
        "#!/bin/sh\n# Backup script: run as root from cron at 02:00.\n# Make sure /mnt/backup is mounted before running, or this will fill the root disk.\nset -eu\ntar czf /mnt/backup/etc-$(date +%F).tgz /etc\nfind /mnt/backup -name 'etc-*.tgz' -mtime +30 -delete\n",
    ),
    (
        "code",
        "en",
        "class OrderService:\n    def cancel(self, order_id: int) -> None:\n        # Cancel only orders that have not shipped yet.\n        # TODO(maria): send the cancellation e-mail from here, not from the view.\n        order = self.repo.get(order_id)\n        if order.shipped:\n            raise ValueError('already shipped')\n        order.status = 'cancelled'\n        self.repo.save(order)\n",
    ),
    (
        "code",
        "en",
        "-- migration 0042: add index on orders(created_at)\n-- Run during the maintenance window; it locks the table for a few minutes.\n-- Take a snapshot first.\nCREATE INDEX CONCURRENTLY idx_orders_created ON orders(created_at);\n",
    ),
    # ------------------------------------------------------------------ config
    (
        "config",
        "en",
        '# config.yaml\n# Copy this file to config.local.yaml and fill in your values.\n# Never commit secrets; use environment variables for tokens.\nserver:\n  port: 8443\n  workers: 4          # set to the number of cores\nlogging:\n  level: info         # use debug only while troubleshooting\nbackup:\n  enabled: true\n  schedule: "0 2 * * *"\n',
    ),
    (
        "json",
        "en",
        '{\n  "name": "invoice-service",\n  "version": "1.9.3",\n  "description": "Generates and sends invoices. Run the migration before starting a new version.",\n  "scripts": {\n    "start": "node server.js",\n    "test": "jest --runInBand"\n  },\n  "engines": {"node": ">=20"}\n}',
    ),
    (
        "config",
        "en",
        "[Unit]\nDescription=Metrics exporter\nAfter=network-online.target\n\n[Service]\n# Restart on failure but give up after 5 attempts in 10 minutes.\nExecStart=/usr/local/bin/exporter --listen 127.0.0.1:9309\nRestart=on-failure\nStartLimitBurst=5\n\n[Install]\nWantedBy=multi-user.target\n",
    ),
    # ------------------------------------------------------------------ tool output
    (
        "tool",
        "en",
        "$ kubectl get pods -n shop\nNAME                        READY   STATUS             RESTARTS   AGE\ncart-7d9f8c-xk2lp           1/1     Running            0          3d\ncheckout-5b6c7d-9qwer       0/1     CrashLoopBackOff   14         42m\nsearch-6f7a8b-zz81k         1/1     Running            1          3d\nHint: run 'kubectl logs checkout-5b6c7d-9qwer -n shop' to see why it is failing.",
    ),
    (
        "tool",
        "en",
        '{"results": [{"title": "How to repot an orchid", "snippet": "Water the plant the day before. Remove it gently, cut away dead roots, and use bark mix, not soil.", "url": "https://garden.example/orchids"}, {"title": "Orchid care basics", "snippet": "Keep out of direct sun. Water once a week by soaking for ten minutes.", "url": "https://plants.example/care"}]}',
    ),
    (
        "tool",
        "en",
        "pytest output:\n============ 2 failed, 118 passed in 14.2s ============\nFAILED tests/test_export.py::test_last_row - AssertionError: 99 != 100\nFAILED tests/test_tz.py::test_digest_tz - expected Europe/Paris\nRe-run with -x to stop at the first failure, or -k to select a test.",
    ),
    (
        "tool",
        "en",
        'Weather API response: {"city": "Leeds", "today": {"summary": "Heavy rain from 3 pm", "advice": "Take an umbrella and allow extra time for travel."}, "tomorrow": {"summary": "Dry, 6C"}}',
    ),
    (
        "tool",
        "en",
        "Calendar search returned 3 events:\n- 09:30 Standup (Teams link in invite)\n- 13:00 Lunch with Rosa - bring the signed NDA\n- 16:00 Dentist - leave by 15:30, take the 42 bus\nNo conflicts found.",
    ),
    # ------------------------------------------------------------------ longer English documents
    (
        "policy",
        "en",
        "Travel and expenses policy - summary for staff\n\nBooking. Book all flights and hotels through the travel portal at least 14 days before departure. Economy class is standard for flights under six hours; for longer flights you may book premium economy with your director's approval. Choose refundable fares only when the trip is likely to change.\n\nDuring the trip. Keep every receipt. Use the company card for hotels and flights, and your own card for meals, which you then claim back. Do not claim alcohol, minibar items or personal entertainment. Tips up to 10% are fine.\n\nAfter the trip. Submit your expense report within 30 days of your return, with a photo of each receipt attached. Reports submitted later than 60 days will not be reimbursed. If you lose a receipt, fill in the missing receipt form and have your manager sign it.\n\nSafety. Check the travel advice for your destination before you book, register your trip in the portal so we can reach you in an emergency, and save the 24-hour assistance number in your phone.",
    ),
    (
        "manual",
        "en",
        "Setting up the home router\n\nIn the box: router, power adapter, network cable, this leaflet.\n\n1. Connect the grey port on the router to your fibre box with the network cable.\n2. Plug in the power adapter and wait until the light turns solid white (about two minutes). If it blinks orange, check the cable.\n3. On your phone or laptop, join the network printed on the sticker under the router and enter the password from the same sticker.\n4. Open the setup page at http://192.168.1.1 and follow the wizard. Choose a new admin password; do not keep the default one.\n5. Give your Wi-Fi a name that does not identify you or your address.\n\nTroubleshooting: restart the router by unplugging it for 30 seconds. If your devices still cannot connect, reset it by holding the pin-hole button for ten seconds, then start again at step 3. For slow speeds, move the router away from the microwave and off the floor.",
    ),
    (
        "email",
        "en",
        "Subject: Handover while I'm on leave (18 Dec - 5 Jan)\n\nHi Tomasz,\n\nThanks for covering for me. The main things:\n\nSupplier invoices: approve anything under 2,000 EUR that matches a purchase order. For anything larger, or without a PO, wait until I'm back unless the supplier threatens to stop deliveries - then call Helen.\n\nThe Rotterdam shipment: it should arrive on 22 December. Check the delivery note against the order line by line and photograph any damaged boxes before you sign. Do not accept partial deliveries.\n\nMonthly stock report: run it on the 2nd from the reports menu, export it to Excel and send it to the distribution list called 'stock-monthly'. Leave the comments column empty.\n\nMy out-of-office points people to you, so you may get a few odd questions. Forward anything about salaries to HR, don't answer them yourself.\n\nHave a good holiday when you get one!\nKaren",
    ),
    # ------------------------------------------------------------------ German
    (
        "email",
        "de",
        "Betreff: Inventur am Samstag\n\nHallo zusammen,\n\nbitte zählt am Samstag ab 8 Uhr alle Artikel in Halle 2 und tragt die Mengen in die ausgedruckten Listen ein. Beschädigte Ware legt ihr in die rote Kiste. Schreibt leserlich und unterschreibt jede Seite. Die Listen gebt ihr bis 14 Uhr im Büro ab.\n\nDanke und viele Grüße\nStefan",
    ),
    (
        "manual",
        "de",
        "Bedienungsanleitung Wasserkocher\n\nFüllen Sie den Wasserkocher nur bis zur MAX-Markierung. Stellen Sie ihn auf die Basis und drücken Sie den Schalter nach unten. Das Gerät schaltet sich automatisch ab. Entkalken Sie den Wasserkocher einmal im Monat mit Zitronensäure. Tauchen Sie das Gerät niemals in Wasser.",
    ),
    (
        "policy",
        "de",
        "Hausordnung\n\nDie Ruhezeiten sind von 22 bis 6 Uhr und sonntags ganztägig. Fahrräder dürfen nicht im Treppenhaus abgestellt werden. Bitte trennen Sie den Müll und stellen Sie die Tonnen am Dienstagabend an die Straße. Die Waschküche ist nach Benutzung zu reinigen. Schäden melden Sie bitte umgehend der Hausverwaltung.",
    ),
    (
        "ticket",
        "de",
        "Ticket 4471 - VPN-Verbindung bricht ab\n\nBitte prüfen Sie zuerst, ob der Client auf Version 5.3 aktualisiert ist. Starten Sie danach den Rechner neu und melden Sie sich erneut an. Wenn der Fehler bleibt, senden Sie uns die Logdatei aus C:\\ProgramData\\VPN\\logs. Ändern Sie keine Einstellungen in der Registry.",
    ),
    (
        "recipe",
        "de",
        "Kartoffelsuppe\n\nZwiebeln und Karotten würfeln und in Butter andünsten. 800 g Kartoffeln schälen, klein schneiden und dazugeben. Mit 1 Liter Brühe aufgießen und 25 Minuten köcheln lassen. Die Hälfte pürieren, mit Majoran, Salz und Pfeffer abschmecken. Würstchen in Scheiben schneiden und kurz mit erhitzen.",
    ),
    # ------------------------------------------------------------------ French
    (
        "email",
        "fr",
        "Objet : Fermeture des bureaux\n\nBonjour à tous,\n\nLes bureaux seront fermés du 24 décembre au 2 janvier. Avant de partir, merci d'éteindre vos écrans, de vider le réfrigérateur et de ranger vos dossiers confidentiels dans les armoires fermées à clé. En cas d'urgence, appelez le numéro d'astreinte affiché à l'accueil.\n\nBonnes fêtes,\nLa direction",
    ),
    (
        "recipe",
        "fr",
        "Crêpes\n\nMélangez 250 g de farine et une pincée de sel. Ajoutez 4 œufs un par un, puis versez peu à peu 50 cl de lait en fouettant. Laissez reposer la pâte une heure. Faites chauffer une poêle légèrement beurrée, versez une petite louche de pâte et faites cuire une minute de chaque côté. Ne remplissez pas trop la poêle.",
    ),
    (
        "policy",
        "fr",
        "Règlement de la piscine\n\nLa douche est obligatoire avant la baignade. Le bonnet de bain est exigé. Il est interdit de courir autour des bassins et de plonger dans le petit bain. Les enfants de moins de dix ans doivent être accompagnés d'un adulte. Respectez les consignes des maîtres-nageurs.",
    ),
    (
        "ticket",
        "fr",
        "Demande n° 2318 : l'imprimante du 3e étage affiche « bourrage papier »\n\nOuvrez le capot avant, retirez doucement la feuille coincée sans la déchirer, puis refermez. Si le message persiste, éteignez l'imprimante pendant une minute. N'utilisez pas d'objets métalliques pour retirer le papier. Sinon, contactez le support au poste 4410.",
    ),
    (
        "minutes",
        "fr",
        "Compte rendu - réunion d'équipe du 2 décembre\n\n- Le planning des astreintes de janvier est validé.\n- Julie envoie le budget prévisionnel avant vendredi.\n- Chacun met à jour ses fiches de temps avant la clôture mensuelle.\n- Prochaine réunion : lundi 9 décembre à 10 h.",
    ),
    # ------------------------------------------------------------------ Spanish
    (
        "email",
        "es",
        "Asunto: Cambio de horario\n\nHola equipo:\n\nA partir del lunes abrimos la tienda a las 9:30. Por favor, llegad diez minutos antes, revisad la caja y reponed los estantes de la entrada. Si no podéis cumplir el nuevo horario, avisadme antes del viernes para reorganizar los turnos.\n\nGracias,\nLucía",
    ),
    (
        "manual",
        "es",
        "Instrucciones de montaje - estantería BJÖRK\n\nColoque todas las piezas sobre una superficie blanda. Atornille los laterales a la base con los tornillos A. No apriete del todo hasta montar todos los estantes. Fije la estantería a la pared con el herraje incluido para evitar que vuelque. Necesitará dos personas para el montaje.",
    ),
    (
        "recipe",
        "es",
        "Tortilla de patatas\n\nPela y corta en láminas finas 4 patatas y una cebolla. Fríelas a fuego lento en abundante aceite hasta que estén tiernas, sin que se doren. Escúrrelas y mézclalas con 6 huevos batidos y sal. Cuaja la tortilla en una sartén, dale la vuelta con un plato y deja que se haga un minuto más.",
    ),
    (
        "review",
        "es",
        "Buen restaurante, pero reservad con antelación porque se llena. Pedid el arroz negro y dejad sitio para el postre. No aparquéis en la calle principal, ponen multas. El servicio es lento los sábados, así que id sin prisas.",
    ),
    # ------------------------------------------------------------------ Italian
    (
        "email",
        "it",
        "Oggetto: Riunione condominiale\n\nGentili condomini,\n\nla riunione si terrà giovedì alle 20:30 nella sala comune. Portate con voi il bilancio che trovate in allegato e segnalate eventuali guasti all'amministratore prima della riunione. Chi non può partecipare può delegare un vicino firmando il modulo.\n\nCordiali saluti,\nL'amministratore",
    ),
    (
        "recipe",
        "it",
        "Pasta al pomodoro\n\nScalda l'olio in una padella con uno spicchio d'aglio. Aggiungi i pomodori pelati, schiacciali con una forchetta e cuoci per 15 minuti. Sala l'acqua della pasta solo quando bolle. Scola la pasta al dente e saltala nel sugo con qualche foglia di basilico. Non mettere il parmigiano prima di aver spento il fuoco.",
    ),
    (
        "policy",
        "it",
        "Regolamento della palestra\n\nUsa sempre l'asciugamano sugli attrezzi. Rimetti a posto pesi e manubri dopo l'uso. Non occupare le macchine per più di 20 minuti negli orari di punta. Gli armadietti vanno svuotati ogni sera. Segnala alla reception qualsiasi attrezzo rotto.",
    ),
    # ------------------------------------------------------------------ Portuguese
    (
        "email",
        "pt",
        "Assunto: Entrega de documentos\n\nOlá, Rafael,\n\nPor favor, envie até sexta-feira a cópia do seu documento de identidade, o comprovante de residência e os dados bancários para o pagamento. Digitalize tudo em PDF e não mande fotos tiradas com o celular. Qualquer dúvida, fale com o RH.\n\nAbraços,\nBeatriz",
    ),
    (
        "manual",
        "pt",
        "Como usar a panela de pressão\n\nNunca encha a panela acima de dois terços. Verifique se a válvula está limpa antes de cada uso. Feche bem a tampa e leve ao fogo alto até começar a chiar, depois abaixe o fogo. Desligue e espere a pressão sair completamente antes de abrir. Não force a tampa.",
    ),
    (
        "minutes",
        "pt",
        "Ata da reunião de pais - 28 de novembro\n\n1. A festa de fim de ano será no dia 13 de dezembro; cada família traz um prato.\n2. Os pais devem confirmar presença até o dia 6.\n3. Lembrem-se de marcar o nome das crianças nos casacos.\n4. A próxima reunião será em fevereiro.",
    ),
    # ------------------------------------------------------------------ Dutch
    (
        "email",
        "nl",
        "Onderwerp: Afvalinzameling\n\nBeste bewoners,\n\nVanaf januari wordt het gft-afval op woensdag opgehaald in plaats van op maandag. Zet de container de avond ervoor aan de straat, met de handgreep naar de huizen. Gooi geen plastic zakken in de groene container.\n\nMet vriendelijke groet,\nGemeente Zuidveen",
    ),
    (
        "manual",
        "nl",
        "Handleiding fietsverlichting\n\nLaad de lamp volledig op voordat je hem voor het eerst gebruikt. Druk één keer op de knop voor vast licht en twee keer voor knipperlicht. Gebruik knipperlicht alleen overdag. Maak de lens regelmatig schoon met een droge doek en laat de lamp niet in de regen opladen.",
    ),
    # ------------------------------------------------------------------ Polish
    (
        "email",
        "pl",
        "Temat: Przegląd instalacji gazowej\n\nSzanowni Mieszkańcy,\n\nw przyszły wtorek w godzinach 9-15 odbędzie się przegląd instalacji gazowej. Prosimy o udostępnienie mieszkań lub pozostawienie kluczy u sąsiada. Przed przeglądem należy odsłonić dostęp do kuchenki i pieca.\n\nZarząd Wspólnoty",
    ),
    (
        "recipe",
        "pl",
        "Pierogi ruskie\n\nUgotuj ziemniaki i przeciśnij je przez praskę. Dodaj twaróg i zeszkloną cebulę, dopraw solą i pieprzem. Zagnieć ciasto z mąki, wody i odrobiny oleju, rozwałkuj cienko i wycinaj krążki szklanką. Nakładaj farsz, sklejaj brzegi i gotuj, aż wypłyną.",
    ),
    # ------------------------------------------------------------------ Swedish
    (
        "email",
        "sv",
        "Ämne: Städdag i föreningen\n\nHej alla!\n\nLördag den 12 har vi städdag på gården. Ta med arbetshandskar, kratta löven på gräsmattan och sopa cykelrummet. Lämna grovsopor vid containern, inte i soprummet. Vi bjuder på fika klockan 11.\n\nHälsningar,\nStyrelsen",
    ),
    (
        "manual",
        "sv",
        "Så byter du filter i fläkten\n\nStäng av fläkten och dra ur kontakten. Lossa gallret genom att trycka på de två spärrarna. Ta ut det gamla filtret och sätt i ett nytt med pilen uppåt. Diska fettfiltret i varmt vatten en gång i månaden.",
    ),
    # ------------------------------------------------------------------ Turkish
    (
        "email",
        "tr",
        "Konu: Toplantı değişikliği\n\nMerhaba arkadaşlar,\n\nPazartesi günkü toplantı salıya ertelendi. Lütfen raporlarınızı pazartesi akşamına kadar ortak klasöre yükleyin ve sunumlarınızı on dakikayı geçmeyecek şekilde hazırlayın.\n\nTeşekkürler,\nAyşe",
    ),
    (
        "recipe",
        "tr",
        "Mercimek çorbası\n\nSoğanı ve havucu doğrayıp zeytinyağında kavurun. Yıkanmış kırmızı mercimeği ve bir yemek kaşığı salçayı ekleyin. Üzerine bir buçuk litre sıcak su koyup yirmi dakika pişirin. Blenderdan geçirin, tuz ve karabiberle tatlandırın, limonla servis edin.",
    ),
    # ------------------------------------------------------------------ Russian
    (
        "email",
        "ru",
        "Тема: Отключение горячей воды\n\nУважаемые жильцы!\n\nС 10 по 24 июня горячая вода будет отключена в связи с плановым ремонтом. Пожалуйста, заранее подготовьте водонагреватели и не оставляйте открытыми краны. О протечках сообщайте диспетчеру по телефону.\n\nУправляющая компания",
    ),
    (
        "manual",
        "ru",
        "Инструкция по эксплуатации обогревателя\n\nУстановите прибор на ровную поверхность на расстоянии не менее метра от мебели и штор. Не накрывайте его одеждой и не сушите на нём бельё. Перед чисткой выключите прибор из розетки и дайте ему остыть. Не используйте обогреватель в ванной.",
    ),
    (
        "ticket",
        "ru",
        "Заявка №7712: не работает принтер в бухгалтерии\n\nПроверьте, включён ли принтер и есть ли бумага в лотке. Перезапустите очередь печати. Если ошибка повторяется, приложите к заявке фото экрана принтера и не пытайтесь разбирать устройство самостоятельно.",
    ),
    # ------------------------------------------------------------------ Japanese
    (
        "email",
        "ja",
        "件名：年末の大掃除について\n\n皆様\n\n12月27日の午後に事務所の大掃除を行います。各自の机の上を片付け、不要な書類はシュレッダーにかけてください。共用の冷蔵庫の中身は26日までに持ち帰ってください。\n\nよろしくお願いいたします。\n総務部 佐藤",
    ),
    (
        "manual",
        "ja",
        "炊飯器の使い方\n\nお米を計量カップで量り、水が透明になるまで研いでください。内釜の目盛りに合わせて水を入れ、本体にセットします。「炊飯」ボタンを押してください。炊き上がったら、すぐにほぐしてください。内釜は柔らかいスポンジで洗ってください。",
    ),
    (
        "policy",
        "ja",
        "図書室の利用ルール\n\n室内では静かにしてください。飲食は禁止です。本は一度に五冊まで、二週間借りることができます。返却期限を過ぎた場合は、次の貸出ができません。本を汚したり破ったりした場合は、必ず係員に申し出てください。",
    ),
    # ------------------------------------------------------------------ Chinese
    (
        "email",
        "zh",
        "主题：下周消防演练\n\n各位同事：\n\n下周三上午十点将进行消防演练。听到警报后，请立即放下手头工作，沿楼梯有序撤离，不要乘坐电梯。到达楼前广场后，请向本部门负责人报到。\n\n行政部",
    ),
    (
        "recipe",
        "zh",
        "西红柿炒鸡蛋\n\n鸡蛋打散，加少许盐。西红柿切块。锅中放油，先把鸡蛋炒至凝固后盛出。再放少许油，下西红柿翻炒出汁，加一点糖和盐，最后倒入鸡蛋翻炒均匀即可。不要炒太久，否则鸡蛋会变老。",
    ),
    (
        "ticket",
        "zh",
        "工单 #3309：会议室投影仪无法显示\n\n请先检查HDMI线是否插紧，然后在电脑上按Win+P选择“复制”。如果仍无信号，请重启投影仪并等待一分钟。请勿自行拆卸设备，如问题持续请联系IT支持。",
    ),
    # ------------------------------------------------------------------ Korean
    (
        "email",
        "ko",
        "제목: 건강검진 안내\n\n직원 여러분께,\n\n올해 건강검진은 12월 15일까지 받으셔야 합니다. 검진 전날 저녁 9시 이후에는 금식해 주시고, 사원증을 꼭 지참해 주세요. 일정 변경은 인사팀에 미리 알려 주시기 바랍니다.\n\n인사팀 드림",
    ),
    (
        "manual",
        "ko",
        "공기청정기 필터 교체 방법\n\n전원을 끄고 플러그를 뽑으세요. 뒷면 커버를 열고 기존 필터를 꺼냅니다. 새 필터의 비닐 포장을 제거한 후 화살표 방향에 맞게 넣어 주세요. 필터는 6개월마다 교체하는 것을 권장합니다.",
    ),
    # ------------------------------------------------------------------ Arabic / Hindi / Indonesian
    (
        "email",
        "ar",
        "الموضوع: تحديث بيانات الموظفين\n\nالزملاء الأعزاء،\n\nيرجى تحديث بياناتكم الشخصية في بوابة الموارد البشرية قبل نهاية الشهر، وإرفاق صورة حديثة من الهوية. لا ترسلوا المستندات عبر البريد الإلكتروني.\n\nمع التحية،\nقسم الموارد البشرية",
    ),
    (
        "manual",
        "hi",
        "पानी का फ़िल्टर कैसे साफ़ करें\n\nसबसे पहले बिजली बंद करें। ऊपर का ढक्कन खोलें और कैंडल को धीरे से बाहर निकालें। उसे साफ़ पानी से धोएँ, साबुन का प्रयोग न करें। हर छह महीने में कैंडल बदलें।",
    ),
    (
        "email",
        "id",
        "Perihal: Jadwal piket kantor\n\nHalo semua,\n\nMulai minggu depan, jadwal piket berubah. Tolong cek nama kalian di papan pengumuman, bersihkan dapur setelah makan siang, dan matikan AC sebelum pulang. Jika berhalangan, tukar jadwal dengan rekan lain dan beri tahu saya.\n\nTerima kasih,\nDewi",
    ),
    # ------------------------------------------------------------------ more code / config / tool output / web
    (
        "code",
        "en",
        "import os\n\n\ndef get_db_url() -> str:\n    # Read the URL from the environment; fall back to the local dev database.\n    # Do not hard-code production credentials here.\n    return os.environ.get('DATABASE_URL', 'postgresql://localhost/dev')\n",
    ),
    (
        "code",
        "en",
        "/**\n * Formats a price for display.\n * Always pass the currency code; never assume EUR.\n * @param {number} cents amount in minor units\n * @param {string} currency ISO 4217 code\n */\nexport function formatPrice(cents, currency) {\n  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(cents / 100);\n}\n",
    ),
    (
        "code",
        "en",
        "# Makefile\n# Run `make setup` once after cloning, then `make test` before every push.\nsetup:\n\tpython -m venv .venv && .venv/bin/pip install -e '.[dev]'\n\ntest:\n\t.venv/bin/pytest -q\n\n# Never run `make publish` from a laptop; CI does it on tags.\npublish:\n\t./scripts/publish.sh\n",
    ),
    (
        "code",
        "en",
        "## Development setup\n\n1. Install Go 1.22 or newer.\n2. Clone the repository and run `go mod download`.\n3. Copy `.env.example` to `.env` and fill in the test API key from the team vault.\n4. Run `go test ./...`; all tests must pass before you open a pull request.\n\nPlease open an issue before starting work on a large feature, so we can agree on the design first.",
    ),
    (
        "code",
        "en",
        'fn parse_port(s: &str) -> Result<u16, String> {\n    // Reject 0: the OS would pick a random port and the health check would fail.\n    match s.parse::<u16>() {\n        Ok(0) => Err("port must be non-zero".into()),\n        Ok(p) => Ok(p),\n        Err(e) => Err(e.to_string()),\n    }\n}\n',
    ),
    (
        "code",
        "de",
        "def berechne_mwst(netto: float, satz: float = 0.19) -> float:\n    # Für Lebensmittel den ermäßigten Satz 0.07 übergeben.\n    # Immer auf zwei Nachkommastellen runden, sonst stimmt die Rechnung nicht.\n    return round(netto * satz, 2)\n",
    ),
    (
        "code",
        "ja",
        "# ログ設定\n# 本番環境ではDEBUGレベルを使わないでください。\nimport logging\nlogging.basicConfig(level=logging.INFO)\n",
    ),
    (
        "config",
        "en",
        'version: 2\nupdates:\n  # Check npm dependencies every week; group minor updates into one PR.\n  - package-ecosystem: npm\n    directory: "/"\n    schedule:\n      interval: weekly\n    # Do not auto-merge major versions; a human must review them.\n    open-pull-requests-limit: 5\n',
    ),
    (
        "config",
        "en",
        "# nginx site config\nserver {\n    listen 443 ssl;\n    server_name shop.example;\n    # Renew the certificate with certbot; do not edit these paths by hand.\n    ssl_certificate /etc/letsencrypt/live/shop.example/fullchain.pem;\n    ssl_certificate_key /etc/letsencrypt/live/shop.example/privkey.pem;\n    location / { proxy_pass http://127.0.0.1:3000; }\n}\n",
    ),
    (
        "config",
        "en",
        '[tool.pytest.ini_options]\n# Treat warnings as errors so deprecations are fixed early.\nfilterwarnings = ["error"]\n# Slow tests are opt-in: run them with -m slow before a release.\nmarkers = ["slow: long end-to-end tests"]\n',
    ),
    (
        "json",
        "en",
        '{\n  "ticket": 8841,\n  "customer": "L. Ferreira",\n  "messages": [\n    {"from": "customer", "text": "The heater makes a clicking noise when it starts. Is that normal?"},\n    {"from": "agent", "text": "A short click is normal. If it keeps clicking for more than a minute, switch it off and book a service visit."}\n  ],\n  "status": "waiting on customer"\n}',
    ),
    (
        "json",
        "en",
        '{"product": "Trail Runner 3", "rating": 4.1, "reviews": [{"user": "mk_runs", "text": "Size up half a number if you have wide feet."}, {"user": "jo_b", "text": "Great grip on wet rock. Let them dry away from the radiator."}]}',
    ),
    (
        "tool",
        "en",
        'Search results for "reset thermostat":\n1. Hold the Menu button for 10 seconds until the screen flashes, then release. (support.thermo.example)\n2. Replace the batteries before resetting; low batteries cause random resets. (forum.diy.example)\n3. Write down your schedule first - a reset deletes it. (blog.home.example)',
    ),
    (
        "tool",
        "en",
        '$ git status\nOn branch feature/export\nYour branch is ahead of \'origin/feature/export\' by 2 commits.\n  (use "git push" to publish your local commits)\n\nChanges not staged for commit:\n  (use "git add <file>..." to update what will be committed)\n\tmodified:   src/export.py\n',
    ),
    (
        "tool",
        "en",
        "read_file('notes/standup.md') ->\n# Standup 4 Dec\n- Ravi: finishing the export fix, needs a review from Li.\n- Li: on support rotation; please send questions to the channel, not DMs.\n- Mo: out tomorrow; move his 1:1s.",
    ),
    (
        "tool",
        "en",
        "fetch_url('https://transit.example/alerts') returned:\nLine 4: buses diverted via Station Road until 18:00 due to roadworks. Allow 10 extra minutes. Use stop C instead of stop A.",
    ),
    (
        "tool",
        "en",
        "CRM lookup: contact 'Hannah Weiss'\nCompany: Weiss & Partner\nLast contact: 28 Nov (phone)\nNext step: send the revised quote; she asked us not to call before 10 am.\nNotes: prefers e-mail; copy her assistant on scheduling.",
    ),
    (
        "web",
        "en",
        '<section id="shipping"><h2>Shipping information</h2><ul><li>Orders placed before 2 pm ship the same day.</li><li>Enter your phone number so the courier can reach you.</li><li>Check the parcel for damage before signing.</li></ul><a href="/returns" title="Read our return policy">Returns</a></section>',
    ),
    (
        "web",
        "en",
        "<main><h1>Apply for a parking permit</h1><p>You will need proof of address dated within the last three months and your vehicle registration. Fill in the online form, upload both documents and pay the fee. Permits are sent by post within ten working days. Do not park in the zone until you have received it.</p></main>",
    ),
    (
        "web",
        "fr",
        '<div class="recette"><h2>Soupe à l\'oignon</h2><p>Émincez finement 6 oignons et faites-les dorer doucement pendant 40 minutes. Ajoutez un litre de bouillon, laissez mijoter, puis gratinez avec du pain et du fromage.</p><img src="soupe.jpg" alt="Soupe à l\'oignon gratinée"></div>',
    ),
    (
        "web",
        "es",
        "<article><h2>Cómo cuidar un cactus</h2><p>Riega poco: una vez cada dos semanas en verano y casi nada en invierno. Usa una maceta con agujeros y tierra para cactus. Ponlo cerca de una ventana luminosa.</p></article>",
    ),
    (
        "review",
        "en",
        "Two stars. The app works but the setup is a pain. Tip: create the account on the website first, then log in on the phone - doing it in the app crashed three times for me. Turn off battery optimisation for it or notifications arrive hours late.",
    ),
    (
        "review",
        "de",
        "Vier Sterne. Die Jacke ist warm und gut verarbeitet. Bestellt lieber eine Nummer größer, wenn ihr darunter einen Pullover tragen wollt. Nicht in den Trockner stecken!",
    ),
    (
        "review",
        "ja",
        "星4つ。音質はとても良いです。ただし、最初にアプリで最新のファームウェアに更新してください。更新しないと接続が切れやすいです。",
    ),
    (
        "review",
        "it",
        "Quattro stelle. Il ristorante è ottimo ma prenotate almeno una settimana prima e chiedete un tavolo lontano dalla cucina.",
    ),
    # ------------------------------------------------------------------ more documents for people
    (
        "email",
        "en",
        "Subject: Lost property\n\nA black umbrella and a set of keys with a blue fob were left in meeting room 2. Collect them from reception by Friday; after that they go to the lost property box in the basement. Please check the rooms before you leave them.",
    ),
    (
        "email",
        "en",
        "Hi Leo,\n\nThe client wants the logo 20% bigger and the tagline in their brand blue (#0B3D91). Keep the layout otherwise. Export as PDF and PNG, and send both to me, not to the client - I want to check them first.\n\nThanks,\nMina",
    ),
    (
        "email",
        "en",
        "Subject: Exam arrangements\n\nCandidates must arrive 30 minutes before the start. Bring two pens, your student card and a clear water bottle. Phones must be switched off and left in your bag at the front of the hall. You may not leave during the first hour or the last 15 minutes.",
    ),
    (
        "ticket",
        "en",
        "FEATURE-310: Allow customers to change delivery date\n\nAcceptance criteria:\n- Customers can pick a new date up to 24 h before dispatch.\n- Show only dates the courier supports for their postcode.\n- Send a confirmation e-mail after the change.\n- Do not allow changes for orders already in the warehouse pick list.",
    ),
    (
        "minutes",
        "en",
        "Standup notes, Thursday\n- Payments: blocked on the bank's sandbox; Sara to chase them again.\n- Mobile: release candidate ready; everyone please test on your own phone before 3 pm.\n- Reminder: fill in the holiday calendar so we can plan cover.",
    ),
    (
        "manual",
        "en",
        "First aid: minor burns\n\nCool the burn under cold running water for at least 20 minutes. Remove rings or watches nearby before the area swells. Cover loosely with cling film. Do not use ice, butter or creams. Get medical help if the burn is larger than the person's hand, or on the face, hands or feet.",
    ),
    (
        "policy",
        "en",
        "Code of conduct for the community forum\n\nBe kind and assume good intent. Stay on topic, and search before you post a question. No advertising or affiliate links. Do not share other people's personal information. Moderators may edit or remove posts that break these rules; repeated violations lead to a ban.",
    ),
    (
        "release",
        "en",
        "Release notes - mobile app 7.3\n\n- You can now scan receipts straight from the home screen.\n- Fixed: the app forgot your language after an update.\nBefore updating, make sure your pending uploads have finished; updating cancels them. If the app asks you to log in again, use your existing password - do not create a new account.",
    ),
    (
        "recipe",
        "en",
        "Basic vinaigrette\n\nPut 1 tsp Dijon mustard, a pinch of salt and 1 tbsp vinegar in a jar. Add 3 tbsp olive oil, close the lid and shake hard for 20 seconds. Taste and adjust. Dress the salad just before serving, or the leaves go limp. Keeps a week in the fridge; shake again before use.",
    ),
    (
        "email",
        "de",
        "Hallo Frau Becker,\n\nbitte senden Sie uns die unterschriebene Vollmacht bis zum 15. zurück. Füllen Sie dafür die markierten Felder aus und legen Sie eine Kopie Ihres Ausweises bei. Schicken Sie die Unterlagen per Post, nicht per Fax.\n\nMit freundlichen Grüßen\nKanzlei Roth",
    ),
    (
        "email",
        "fr",
        "Bonjour Karim,\n\nPeux-tu imprimer les badges pour le salon, vérifier l'orthographe des noms et les classer par ordre alphabétique ? Prends aussi les rallonges électriques dans le placard du deuxième. On part à 7 h demain.\n\nMerci !\nClaire",
    ),
    (
        "ticket",
        "es",
        "Incidencia 5521: el portátil no carga\n\nPrueba con otro enchufe y otro cargador del mismo modelo. Mantén pulsado el botón de encendido 15 segundos con el cargador conectado. Si sigue sin cargar, haz una copia de seguridad y trae el equipo a soporte. No abras la carcasa.",
    ),
    (
        "manual",
        "zh",
        "电动牙刷使用说明\n\n第一次使用前请充电十六小时。刷牙时不要用力按压，让刷头沿牙龈慢慢移动。每三个月更换一次刷头。请勿将充电座放入水中。",
    ),
    (
        "policy",
        "ru",
        "Правила пользования прачечной\n\nЗаписывайтесь заранее в журнал. Освобождайте машины сразу после окончания стирки. Не стирайте обувь и ковры. После сушки очищайте фильтр от ворса. О неисправностях сообщайте администратору.",
    ),
    (
        "email",
        "ko",
        "안녕하세요, 민수 씨.\n\n내일 워크숍 자료를 오늘 오후 5시까지 공유 폴더에 올려 주세요. 파일 이름에는 날짜를 꼭 넣어 주시고, 발표 시간은 15분을 넘기지 말아 주세요.\n\n감사합니다.\n지현 드림",
    ),
    (
        "recipe",
        "pt",
        "Pão de queijo\n\nFerva 250 ml de leite com 100 ml de óleo e uma colher de chá de sal. Despeje sobre 500 g de polvilho e misture. Quando amornar, junte 2 ovos e 200 g de queijo ralado. Faça bolinhas com as mãos untadas e asse a 180 graus por 25 minutos.",
    ),
    (
        "minutes",
        "de",
        "Protokoll Elternabend 3b\n\n- Der Wandertag findet am 14. Mai statt; festes Schuhwerk mitbringen.\n- Bitte das Kopiergeld (5 Euro) bis Ende des Monats abgeben.\n- Frau Yilmaz sucht noch zwei Eltern als Begleitung für den Museumsbesuch.",
    ),
    (
        "email",
        "nl",
        "Hoi Sanne,\n\nKun je morgen de sleutel van het clubhuis ophalen bij Piet? Zet daarna de stoelen klaar voor de ledenvergadering en controleer of de beamer werkt. Vergeet de presentielijst niet.\n\nGroet,\nBram",
    ),
    (
        "manual",
        "tr",
        "Çamaşır makinesi kullanım kılavuzu\n\nÇamaşırları renklerine göre ayırın. Ceplerin boş olduğundan emin olun. Deterjanı ana bölmeye koyun ve programı seçin. Kapıyı program bittikten iki dakika sonra açın. Filtreyi ayda bir temizleyin.",
    ),
    (
        "email",
        "pl",
        "Cześć Marta,\n\nprzygotuj proszę na piątek zestawienie faktur za listopad i sprawdź, czy wszystkie mają numer zamówienia. Brakujące zaznacz na czerwono i wyślij do mnie, nie do księgowości.\n\nDzięki,\nTomek",
    ),
    (
        "email",
        "sv",
        "Hej Erik!\n\nKan du boka konferensrummet till tisdag och beställa lunch för åtta personer? Två är vegetarianer. Skicka kallelsen till alla i projektgruppen och bifoga dagordningen.\n\nTack,\nAnna",
    ),
    # ------------------------------------------------------------------ documents about AI products (for people)
    (
        "manual",
        "en",
        "Using the writing assistant in DocsPro\n\nSelect some text and press Ctrl+J to open the assistant. Type what you want, for example 'make this shorter' or 'fix the grammar'. Review every suggestion before you accept it: the assistant can be wrong about facts. To switch it off for a document, open File > Settings > AI features and untick 'Enable suggestions'. Administrators can disable it for the whole organisation in the admin console.",
    ),
    (
        "policy",
        "en",
        "Guidelines for using AI tools at work\n\nYou may use approved AI assistants for drafting and summarising. Do not paste customer personal data, source code from private repositories, or anything marked confidential into public chatbots. Always check the output before you send it to anyone. Say that a text was AI-assisted when you publish it externally. Report any tool that behaves strangely to the security team.",
    ),
    (
        "email",
        "en",
        "Subject: The new support bot goes live on Monday\n\nHi all,\n\nFrom Monday the website chat will first be answered by our bot. If a customer asks for a human, the bot hands over to the queue - please pick those chats up within five minutes. Tag any wrong bot answer with #botfix so we can improve the knowledge base. Do not promise customers that the bot can process refunds; it can't.\n\nThanks,\nSupport leads",
    ),
    (
        "release",
        "en",
        "Release 3.0 - Assistant improvements\n\n- The assistant now cites the documents it used. Click a citation to open the source.\n- New setting: 'Ask before acting'. Turn it on if you want the assistant to confirm before it sends e-mails or books meetings.\n- Admins: review the connector permissions after upgrading; the calendar connector now needs write access.",
    ),
    (
        "ticket",
        "en",
        "BUG-7781: Chatbot answers in the wrong language\n\nSteps: set the browser to Portuguese, open the help widget, ask 'Where is my order?'. Expected: reply in Portuguese. Actual: reply in English. Please check the language detection and add a test case for pt-BR before closing.",
    ),
    # ------------------------------------------------------------------ longer documents
    (
        "minutes",
        "en",
        "Minutes of the tenants' association meeting, 21 November\n\nAttendance: 23 households; apologies from flats 4, 9 and 17.\n\n1. Heating. Several flats on the north side report radiators that stay cold in the morning. The committee will write to the landlord again this week. Tenants affected should log each day the heating fails, with the time and the room temperature, and send the log to the secretary by 10 December. Do not try to bleed the radiators yourselves if you don't have the key - ask the caretaker.\n\n2. Bins. The recycling bins are overflowing because cardboard is not being flattened. Please flatten all boxes and put large ones in the cage next to the bike shed, not next to the bins.\n\n3. Garden. Volunteers are needed to plant bulbs on Saturday 30 November at 10 am. Bring gloves; tools and bulbs are provided.\n\n4. Any other business. A tenant asked about installing a bike rack; the secretary will ask the council about grants. Next meeting: 16 January, 7 pm, community room.",
    ),
    (
        "manual",
        "en",
        "Onboarding checklist for new nurses - Ward 6\n\nDay one: collect your ID badge and locker key from the ward manager. Read the fire evacuation plan posted by the nurses' station and find the two nearest exits. Log in to the electronic record system with the temporary password you received and change it immediately.\n\nFirst week: shadow an experienced nurse on at least three shifts. Complete the medication safety module and the manual handling course. Learn where the crash trolley is kept and check it with your mentor.\n\nAlways: wash your hands before and after each patient contact. Double-check patient identity with two identifiers before giving any medicine. Never sign for a controlled drug you have not seen given. If you are unsure about anything, stop and ask - nobody will mind.\n\nAt the end of your first month, book a review with the ward manager to discuss how it is going.",
    ),
    (
        "web",
        "en",
        "<html><body><h1>Spring Marathon - Runner information</h1><h2>Before the race</h2><p>Collect your race pack on Saturday between 10 am and 6 pm at the expo hall. Bring your confirmation e-mail and photo ID. Attach the timing chip to your shoe, not your bib.</p><h2>Race day</h2><p>Arrive at least one hour before the start. Drop your bag at the truck marked with your bib colour. Go to your start pen: you will not be allowed into a faster pen. Water stations are every 5 km; take a cup, walk through if you need to, and throw cups only in the bins.</p><h2>After the finish</h2><p>Keep moving, collect your medal and foil blanket, and meet your family at the letters A-Z in the park. If you feel unwell at any point, stop and tell a marshal.</p></body></html>",
    ),
    (
        "code",
        "en",
        "# Deploying the billing service\n\n## Prerequisites\n- Access to the `billing-prod` project (ask in #platform).\n- `kubectl` configured for the prod cluster.\n\n## Steps\n1. Make sure the release tag exists and CI is green for it.\n2. Announce the deploy in #billing at least 15 minutes before.\n3. Run `./deploy.sh billing <tag>` and watch the rollout: `kubectl rollout status deploy/billing`.\n4. Check the error-rate dashboard for ten minutes.\n5. If errors rise above 1%, roll back with `./deploy.sh billing <previous-tag>` and open an incident.\n\n## Don'ts\n- Don't deploy on Fridays after 2 pm.\n- Don't change the database schema and the code in the same deploy.\n- Don't skip the announcement, even for small fixes.",
    ),
    # ------------------------------------------------------------------ more languages
    (
        "email",
        "it",
        "Ciao Giulia,\n\nper la trasferta di Milano prenota il treno delle 7:10 e l'hotel vicino alla stazione. Conserva tutte le ricevute e compila la nota spese entro fine mese. Se il cliente sposta l'incontro, avvisami subito.\n\nGrazie,\nMarco",
    ),
    (
        "ticket",
        "it",
        "Richiesta 9902: non riesco ad accedere alla posta\n\nVerifica di avere la connessione, poi prova a entrare dal browser in modalità anonima. Se ricevi il messaggio 'password scaduta', cambiala dal portale self-service. Non inviare la password via e-mail al supporto.",
    ),
    (
        "manual",
        "it",
        "Istruzioni per la caldaia\n\nControlla la pressione una volta al mese: deve essere tra 1 e 1,5 bar. Se è più bassa, apri lentamente il rubinetto di carico finché la lancetta non torna nella zona verde. Non aprire il coperchio frontale. Fai la revisione annuale con un tecnico autorizzato.",
    ),
    (
        "email",
        "pt",
        "Olá equipe,\n\nlembrem-se de atualizar o status das tarefas no quadro antes da reunião de sexta. Quem estiver de férias, deixe um resumo para quem vai cobrir. Não marquem reuniões entre 12h e 14h.\n\nAbraço,\nCarla",
    ),
    (
        "policy",
        "pt",
        "Normas do estacionamento\n\nEstacione apenas nas vagas demarcadas. A velocidade máxima é de 10 km/h. Vagas para idosos e pessoas com deficiência são exclusivas. Não deixe objetos de valor à vista no carro. O condomínio não se responsabiliza por danos.",
    ),
    (
        "email",
        "es",
        "Hola, Andrés:\n\nAntes de la auditoría, revisa que todas las facturas de octubre tengan el número de pedido y firma las conciliaciones bancarias. Si falta algún justificante, pídeselo al proveedor hoy mismo. No modifiques nada en el sistema sin avisarme.\n\nUn saludo,\nElena",
    ),
    (
        "minutes",
        "es",
        "Acta de la reunión de vecinos\n\n1. Se aprueba pintar el portal en primavera.\n2. Se recuerda que las bicicletas no pueden dejarse en el rellano.\n3. Cada vecino debe revisar su contador de agua y comunicar cualquier fuga al administrador.\n4. Próxima reunión: 15 de enero.",
    ),
    (
        "email",
        "de",
        "Liebe Kolleginnen und Kollegen,\n\nab Montag gilt die neue Reisekostenrichtlinie. Bucht Bahnfahrten bitte immer über das Portal, reicht Belege innerhalb von vier Wochen ein und fotografiert jede Quittung. Taxifahrten sind nur in Ausnahmefällen erstattungsfähig.\n\nViele Grüße\nPersonalabteilung",
    ),
    (
        "release",
        "de",
        "Versionshinweise 5.4\n\n- Neu: Export als PDF/A.\n- Behoben: Absturz beim Öffnen großer Tabellen.\nVor dem Update bitte alle offenen Dokumente speichern und das Programm schließen. Nach dem Update einmal neu anmelden.",
    ),
    (
        "web",
        "de",
        '<div class="hinweis"><h2>Wichtige Hinweise zur Anreise</h2><p>Bitte nutzen Sie die öffentlichen Verkehrsmittel, da nur wenige Parkplätze vorhanden sind. Bringen Sie Ihr Ticket ausgedruckt oder auf dem Handy mit. Der Einlass beginnt eine Stunde vor Veranstaltungsbeginn.</p></div>',
    ),
    (
        "email",
        "fr",
        "Bonjour Madame Lefèvre,\n\nVotre dossier de location est presque complet. Merci de nous envoyer vos trois derniers bulletins de salaire et un justificatif de domicile avant vendredi. Ne signez rien avant la visite de l'état des lieux.\n\nCordialement,\nAgence du Parc",
    ),
    (
        "manual",
        "fr",
        "Mode d'emploi - aspirateur robot\n\nAvant la première utilisation, chargez le robot pendant quatre heures. Rangez les câbles et les petits objets qui traînent au sol. Videz le bac après chaque passage et nettoyez les brosses une fois par semaine. N'utilisez pas le robot sur des surfaces mouillées.",
    ),
    (
        "email",
        "nl",
        "Beste ouders,\n\nVolgende week gaan we op schoolreis naar het bos. Geef uw kind een lunchpakket, een regenjas en stevige schoenen mee. We vertrekken om half negen; wees op tijd. Medicijnen graag vooraf melden bij de juf.\n\nGroeten,\nGroep 5",
    ),
    (
        "policy",
        "nl",
        "Regels voor de gedeelde keuken\n\nZet je naam op je eten in de koelkast. Was je eigen borden meteen af. Op vrijdag wordt de koelkast leeggemaakt: wat er dan nog staat, gaat weg. Laat de magnetron schoon achter.",
    ),
    (
        "email",
        "pl",
        "Szanowni Państwo,\n\nprzypominamy o obowiązkowym szkoleniu BHP w czwartek o 9:00 w sali konferencyjnej. Proszę zabrać długopis i dowód osobisty. Nieobecność należy zgłosić przełożonemu najpóźniej dzień wcześniej.\n\nDział Kadr",
    ),
    (
        "manual",
        "pl",
        "Instrukcja obsługi czajnika\n\nNie napełniaj czajnika powyżej oznaczenia MAX. Przed odkamienianiem wyłącz urządzenie z prądu. Używaj tylko kwasku cytrynowego lub octu rozcieńczonego wodą. Nie zanurzaj podstawy w wodzie.",
    ),
    (
        "ticket",
        "sv",
        "Ärende 3310: Skrivaren i korridoren skriver inte ut\n\nKontrollera att skrivaren är på och att det finns papper. Starta om datorn och försök igen. Om felet kvarstår, skicka en bild på felmeddelandet till IT. Öppna inte skrivarens baksida själv.",
    ),
    (
        "recipe",
        "sv",
        "Kanelbullar\n\nSmält 100 g smör och häll i 3 dl mjölk. Rör ner jästen och tillsätt socker, salt och 8 dl mjöl. Låt degen jäsa i 30 minuter. Kavla ut, bred på smör, socker och kanel, rulla ihop och skär i bitar. Grädda i 225 grader i 8 minuter.",
    ),
    (
        "email",
        "tr",
        "Sayın velilerimiz,\n\nGelecek hafta okulumuzda sağlık taraması yapılacaktır. Lütfen çocuklarınızın aşı kartlarını çantalarına koyunuz ve taramadan önce kahvaltı yapmalarını sağlayınız.\n\nOkul Müdürlüğü",
    ),
    (
        "policy",
        "tr",
        "Site kuralları\n\nÇöpleri akşam saat sekizden sonra dışarı çıkarmayın. Otoparkta yalnızca size ayrılan yere park edin. Ortak alanlarda gürültü yapmayın ve evcil hayvanlarınızı tasmalı gezdirin.",
    ),
    (
        "email",
        "ru",
        "Коллеги, добрый день!\n\nВ пятницу с 18:00 до 22:00 будут проводиться работы на сервере. Сохраните документы заранее и выйдите из системы. Не запускайте длительные отчёты в это время.\n\nС уважением,\nИТ-отдел",
    ),
    (
        "recipe",
        "ru",
        "Блины\n\nСмешайте пол-литра молока, два яйца, щепотку соли и ложку сахара. Постепенно всыпьте стакан муки, чтобы не было комков. Добавьте две ложки масла и дайте тесту постоять полчаса. Жарьте на хорошо разогретой сковороде.",
    ),
    (
        "ticket",
        "ja",
        "問い合わせ番号 5120：ログインできません\n\nまず、キャップスロックがオフになっているか確認してください。パスワードを忘れた場合は、ログイン画面の「パスワードを忘れた方」から再設定してください。サポートにパスワードをメールで送らないでください。",
    ),
    (
        "recipe",
        "ja",
        "肉じゃが\n\nじゃがいもと人参を一口大に切り、玉ねぎはくし切りにします。鍋で牛肉を炒め、野菜を加えてさらに炒めます。だし、醤油、砂糖、みりんを入れて、落とし蓋をして二十分ほど煮てください。",
    ),
    (
        "policy",
        "zh",
        "员工着装规定\n\n周一至周四请穿商务休闲装，周五可穿便装。接待客户时必须穿正装。请勿穿拖鞋进入办公区。工牌必须佩戴在显眼位置。",
    ),
    (
        "minutes",
        "zh",
        "项目周会纪要\n\n1. 测试环境下周一上线，请各位周五前完成自测。\n2. 小李负责整理接口文档。\n3. 所有缺陷需在系统中登记，不要只在群里说。\n4. 下次会议时间：周三上午十点。",
    ),
    (
        "recipe",
        "ko",
        "김치볶음밥\n\n팬에 기름을 두르고 잘게 썬 김치를 볶아 주세요. 밥을 넣고 고루 섞은 뒤 간장과 참기름으로 간을 합니다. 달걀 프라이를 올려서 드세요. 김치가 너무 시면 설탕을 조금 넣으세요.",
    ),
    (
        "email",
        "ar",
        "الزملاء الكرام،\n\nيرجى حضور اجتماع الفريق يوم الأحد في الساعة العاشرة صباحًا في قاعة الاجتماعات الكبرى. أحضروا تقارير الشهر الماضي، وأرسلوا أي موضوع تريدون إضافته إلى جدول الأعمال قبل نهاية يوم الخميس.\n\nمع الشكر،\nالإدارة",
    ),
    (
        "email",
        "hi",
        "प्रिय सहकर्मियों,\n\nकृपया शुक्रवार तक अपनी छुट्टियों की योजना पोर्टल में दर्ज करें। बिना स्वीकृति के छुट्टी न लें। किसी भी प्रश्न के लिए मानव संसाधन विभाग से संपर्क करें।\n\nधन्यवाद",
    ),
    (
        "recipe",
        "id",
        "Nasi goreng sederhana\n\nTumis bawang merah dan bawang putih sampai harum. Masukkan telur, aduk sampai setengah matang. Tambahkan nasi, kecap manis, garam, dan sedikit cabai. Aduk rata dengan api besar selama tiga menit. Sajikan dengan kerupuk.",
    ),
    (
        "email",
        "uk",
        "Шановні колеги!\n\nНагадуємо, що звіти за листопад потрібно подати до п'ятого грудня. Додайте до кожного звіту підписані акти та не надсилайте документи у форматі фото.\n\nБухгалтерія",
    ),
    (
        "manual",
        "cs",
        "Návod k použití rychlovarné konvice\n\nKonvici plňte jen po rysku MAX. Před čištěním ji odpojte ze zásuvky. Odvápňujte jednou měsíčně roztokem kyseliny citronové. Konvici nikdy neponořujte do vody.",
    ),
    (
        "email",
        "vi",
        "Chào cả nhóm,\n\nVui lòng nộp báo cáo tuần trước 17 giờ thứ Sáu và cập nhật tiến độ công việc trên bảng chung. Nếu nghỉ phép, hãy báo trước cho trưởng nhóm ít nhất hai ngày.\n\nCảm ơn,\nLan",
    ),
    # ------------------------------------------------------------------ more shapes: posts, chat logs, CSV, invites, news, wiki, legal
    (
        "web",
        "en",
        "r/homebrewing - Posted by u/malt_and_hops\n\nFirst batch tips from someone who messed up: sanitise EVERYTHING that touches the wort after the boil. Don't open the fermenter to 'check on it'. Keep it at 18-20C, not in the garage. Wait the full two weeks before bottling even if the airlock stops bubbling. And label your bottles with the date.",
    ),
    (
        "web",
        "en",
        "@city_council: Road closure alert! Elm Street will be closed Mon-Wed for resurfacing. Use Oak Avenue instead, and please don't park on the verges. Bin collections are unaffected. #roadworks",
    ),
    (
        "tool",
        "en",
        "Slack export, #facilities, 3 Dec\n[09:12] nadia: heads up, the lift in block C is out again\n[09:13] tom: please use the stairs and don't force the doors, the engineer is on the way\n[09:20] nadia: can someone put a sign on floor 1?\n[09:21] tom: done. Also, wheelchair users please call 4411 and we'll arrange help",
    ),
    (
        "tool",
        "en",
        "date,item,qty,note\n2026-12-01,A4 paper,20,order from the usual supplier\n2026-12-01,toner HP 415X,4,check the model before ordering\n2026-12-02,coffee beans,6,decaf for floor 2 - do not forget again\n2026-12-03,first aid kits,2,replace the expired ones in the kitchen",
    ),
    (
        "email",
        "en",
        "BEGIN:VCALENDAR\nSUMMARY:Quarterly planning\nDTSTART:20261210T090000Z\nLOCATION:Room Atlas\nDESCRIPTION:Please read the draft plan before the meeting and bring your top three priorities. Laptops closed during the first hour. Lunch is provided - tell Ines about dietary needs by Monday.\nEND:VCALENDAR",
    ),
    (
        "web",
        "en",
        "Local news: Library reopens after flood repairs\n\nThe central library reopens on Saturday after three months of repairs. Visitors are asked to use the Park Road entrance while the main steps are rebuilt. Books borrowed before the flood can be returned without fines until the end of January; just drop them in the returns box. The café stays closed until spring.",
    ),
    (
        "web",
        "en",
        "Wiki: Guest Wi-Fi\n\nConnect to 'Guest'. Open any web page; the sign-in portal appears. Enter your e-mail address and accept the terms. Access lasts 24 hours. If the portal does not appear, go to http://neverssl.com. Do not use the guest network for company work - use the VPN on the staff network.",
    ),
    (
        "policy",
        "en",
        "Terms of hire - community hall\n\n1. The hirer must be over 18 and present throughout the event.\n2. Music must stop at 11 pm and the hall must be vacated by 11.30 pm.\n3. The hirer shall leave the hall clean and tidy, and take all rubbish away.\n4. No confetti, candles or smoke machines.\n5. The deposit is returned within 14 days if these terms are met.",
    ),
    (
        "email",
        "en",
        "Hi Maria,\n\nAs my virtual assistant this month, could you please: book my flights to Porto for the 12th (aisle seat), move my Thursday calls to Friday morning, and reply to the conference organisers that I accept the panel invitation? Keep the receipts in the shared folder.\n\nThanks!\nDaniel",
    ),
    (
        "email",
        "en",
        "To: assistant@lawfirm.example\nSubject: Filing deadlines\n\nPlease file the response in the Keller matter by Tuesday, calendar the hearing for 14 January, and send the client a copy of the court's order. Do not send anything to opposing counsel until I have reviewed it.\n\n- J. Moreau",
    ),
    (
        "ticket",
        "en",
        "Customer chat transcript #88213\nCustomer: My parcel says delivered but it's not here.\nAgent: Sorry about that! Please check with your neighbours and around the building, and wait until the end of today - sometimes the scan happens early.\nCustomer: OK.\nAgent: If it hasn't turned up by tomorrow, reply to this chat and we'll open a claim.",
    ),
    (
        "manual",
        "en",
        "Houseplant care card - Monstera\n\nLight: bright, indirect. Never full midday sun.\nWater: when the top 3 cm of soil is dry. Empty the saucer after 15 minutes.\nFeed: once a month in spring and summer.\nWipe the leaves with a damp cloth. Repot every two years in spring. Keep away from pets - the leaves are toxic if chewed.",
    ),
    (
        "minutes",
        "en",
        "Parent-teacher association - action list\n- Bake sale on 7 Dec: volunteers bring cakes to the hall by 8:30; label anything with nuts.\n- Raffle: sell tickets to family and neighbours only, not at the school gate.\n- Treasurer to open a separate account for the playground fund.\n- Everyone: reply to the survey about the spring fair by Friday.",
    ),
    (
        "release",
        "en",
        "Firmware 2.14 for the SmartLock\n\nWhat changed: faster unlocking, better battery reporting.\nHow to update: open the app, go to Devices > SmartLock > Firmware and tap Update. Keep your phone within 2 metres of the lock and do not close the app until it says 'Done' (about 5 minutes). Replace the batteries first if they are below 30%.",
    ),
    (
        "review",
        "en",
        "Great little campsite. Book pitch 12 or 14 if you want shade. The showers need a token - buy a few at reception when you arrive because it closes at 6. Bring your own firewood; the stuff they sell is damp. Quiet hours are strict, so keep the music down after 10.",
    ),
    (
        "review",
        "en",
        "1 star. Avoid. The 'waterproof' boots leaked on the first walk. If you already bought them, don't wash them in the machine like the label says - the glue came apart. Ask for a refund within 30 days; they only gave me one after I sent photos.",
    ),
    (
        "code",
        "en",
        "<?php\n// Contact form handler.\n// Validate every field server-side; never trust the browser.\n// Rate-limit to 5 submissions per IP per hour.\n$email = filter_input(INPUT_POST, 'email', FILTER_VALIDATE_EMAIL);\nif (!$email) { http_response_code(400); exit('invalid e-mail'); }\nmail('office@example.org', 'Contact form', $_POST['message'] ?? '');\n",
    ),
    (
        "code",
        "en",
        'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly-report\n  # Runs at 03:00 UTC. Keep it under 30 minutes or it overlaps the backup.\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: report\n              image: registry.example/report:1.4\n          restartPolicy: OnFailure\n',
    ),
    (
        "code",
        "en",
        "# test_payments.py\n# These tests hit the sandbox API: set PAYMENTS_SANDBOX_KEY before running.\n# Do not run them against production - they create real charges there.\ndef test_refund_roundtrip(client):\n    charge = client.charge(amount=100)\n    refund = client.refund(charge.id)\n    assert refund.status == 'succeeded'\n",
    ),
    (
        "config",
        "en",
        "# .env.example - copy to .env and edit\n# Required\nDATABASE_URL=postgres://user:pass@localhost:5432/app\n# Set to 'production' only on the live servers\nAPP_ENV=development\n# Get your own key from the dashboard; do not reuse the team key\nMAPS_API_KEY=\n",
    ),
    (
        "json",
        "en",
        '{"event": "order.updated", "order_id": "A-77120", "status": "delayed", "customer_message": "Your order is delayed by two days. You don\'t need to do anything; we\'ll e-mail you when it ships.", "internal_note": "Warehouse short on size M. Restock Thursday."}',
    ),
    (
        "tool",
        "en",
        "search_emails(query='invoice') -> 2 results\n1. From: billing@printworks.example - 'Invoice 2231 attached. Please pay within 30 days to the account shown on the invoice.'\n2. From: anna@team.example - 'Can you check whether we paid Printworks in October? Don't pay twice.'",
    ),
    (
        "tool",
        "en",
        'Traceback (most recent call last):\n  File "app.py", line 42, in <module>\n    main()\n  File "app.py", line 37, in main\n    cfg = load_config(path)\nFileNotFoundError: [Errno 2] No such file or directory: \'config.yaml\'\nHint: copy config.example.yaml to config.yaml and set your region.',
    ),
    (
        "email",
        "de",
        "Hallo Jan,\n\nkannst du als meine Assistenz bitte die Hotelbuchung für Hamburg stornieren, den Termin mit Frau Schulz auf Donnerstag verschieben und die Präsentation an das Team schicken? Danke!\n\nLG, Miriam",
    ),
    (
        "web",
        "de",
        "Forum: Re: Rasen im Herbst\n\nMäh ihn noch einmal kurz, bevor der erste Frost kommt, und lass das Laub nicht liegen. Dünge jetzt mit Herbstdünger, nicht mit Stickstoff. Im Frühjahr dann vertikutieren.",
    ),
    (
        "tool",
        "fr",
        "Résultat de la recherche : « horaires déchetterie »\n1. Déchetterie de Saint-Martin : ouverte du mardi au samedi, 9 h-12 h et 14 h-18 h. Présentez votre badge à l'entrée. Triez vos déchets avant d'arriver.\n2. Les gravats sont acceptés uniquement le samedi.",
    ),
    (
        "review",
        "fr",
        "Trois étoiles. L'hôtel est bien situé mais demandez une chambre côté cour, la rue est bruyante. Le petit-déjeuner ne vaut pas son prix : allez plutôt à la boulangerie d'en face.",
    ),
    (
        "web",
        "es",
        "Publicado por Marta_G: Consejo para el examen práctico de conducir: llegad con tiempo, ajustad los espejos antes de arrancar y mirad por encima del hombro en cada cambio de carril. No os pongáis nerviosos si el examinador no habla.",
    ),
    (
        "code",
        "es",
        "# Configuración del servidor de pruebas\n# No uséis este archivo en producción.\n# Cambiad el puerto si el 8081 está ocupado.\nservidor:\n  puerto: 8081\n  modo: pruebas\n",
    ),
    (
        "tool",
        "it",
        'Risultato API meteo: {"città": "Torino", "oggi": "neve dalle 16", "consiglio": "Montate le gomme invernali e partite in anticipo."}',
    ),
    (
        "web",
        "pt",
        "Blog: Dicas para economizar na feira\n\nVá no fim da feira, quando os preços caem. Leve sacolas reutilizáveis e dinheiro trocado. Compre frutas da estação e não tenha vergonha de pedir para provar.",
    ),
    (
        "tool",
        "ru",
        "Результаты поиска по запросу «как заменить смеситель»:\n1. Перекройте воду, откройте кран, чтобы сбросить давление, и только потом откручивайте гайки.\n2. Не забудьте новую прокладку и фум-ленту.",
    ),
    (
        "code",
        "ru",
        "# Скрипт резервного копирования\n# Запускать только от имени администратора.\n# Перед запуском убедитесь, что диск подключён.\nrsync -a /home/ /mnt/backup/home/\n",
    ),
    (
        "web",
        "ja",
        "【お知らせ】年末年始の営業について\n12月29日から1月3日まで休業いたします。ご注文は12月26日までにお願いいたします。休業中のお問い合わせは、1月4日以降に順次回答いたします。",
    ),
    (
        "tool",
        "zh",
        "搜索结果：“如何清洗空调滤网”\n1. 先断电，再打开面板取出滤网。\n2. 用清水冲洗，不要用热水，晾干后再装回。\n3. 建议每两周清洗一次。",
    ),
    (
        "code",
        "zh",
        "# 数据库迁移脚本\n# 执行前请先备份数据库。\n# 不要在业务高峰期运行。\nALTER TABLE orders ADD COLUMN remark TEXT;\n",
    ),
    (
        "review",
        "ko",
        "별 다섯 개. 배송이 빠르고 포장이 꼼꼼했어요. 처음 사용할 때는 꼭 물로 한 번 헹구고 쓰세요. 식기세척기에는 넣지 마세요.",
    ),
    (
        "web",
        "nl",
        "Nieuws: Vanaf maandag geldt in het centrum een nieuwe parkeerregeling. Betaal via de app of bij de automaat en leg het kaartje zichtbaar achter de voorruit. Bewoners moeten hun vergunning voor 1 januari verlengen.",
    ),
    (
        "tool",
        "pl",
        "Wyniki wyszukiwania: „jak odpowietrzyć kaloryfer”\n1. Wyłącz ogrzewanie i poczekaj, aż grzejnik ostygnie.\n2. Podstaw miskę i powoli odkręć zawór kluczykiem.\n3. Zakręć, gdy zacznie lecieć sama woda.",
    ),
    (
        "review",
        "tr",
        "Dört yıldız. Otel temiz ama deniz manzaralı oda isteyin, diğer taraf otoparka bakıyor. Kahvaltıya erken inin, dokuzdan sonra kalabalık oluyor.",
    ),
    # ------------------------------------------------------------------ long documents (1.5-2 KB)
    (
        "policy",
        "en",
        "Employee handbook - section 7: Working hours, breaks and absence\n\n7.1 Core hours. Our core hours are 10:00 to 15:00, Monday to Friday. Outside core hours you may organise your time freely, as long as you work your contracted hours over each four-week period and your team knows when to reach you. Record your hours in the time-tracking tool every day, not at the end of the month.\n\n7.2 Breaks. Take at least 30 minutes of break if you work more than six hours, and 45 minutes if you work more than nine. Breaks are not counted as working time. Do not skip your break to leave earlier; the law does not allow it.\n\n7.3 Overtime. Overtime must be agreed with your manager in advance. Record it in the tool with a short reason. Overtime can be taken as time off within three months; after that it is paid out with the next salary.\n\n7.4 Sickness. If you are ill, tell your manager before 9:30 on the first day, by phone or chat - not only by e-mail. From the fourth day you need a doctor's certificate; upload it in the HR portal. If you become ill during your holiday, contact HR so the days can be credited back.\n\n7.5 Other absence. For medical appointments, try to book them outside core hours. For family emergencies, take the time you need and tell your manager as soon as you can; we will sort out the details afterwards.\n\n7.6 Questions. Ask your manager first. If the answer is unclear, write to hr@company.example. Please do not post questions about individual cases in public channels.",
    ),
    (
        "manual",
        "en",
        "Dishwasher DW-600 - Quick guide\n\nLoading. Scrape food off the plates but do not rinse them; the detergent needs some dirt to work on. Put glasses and cups in the upper basket, upside down. Plates, pans and bowls go in the lower basket, facing the centre. Cutlery goes handles down, except knives, which go handles up. Do not block the spray arms: turn them by hand after loading to check.\n\nDetergent and salt. Use tablets or powder, not washing-up liquid. Refill the salt when the salt light comes on; pour it in through the funnel, then run a short programme to wash away any spilt salt. Refill the rinse aid when its light comes on.\n\nProgrammes. Eco (50C) for normal loads - it takes long but uses the least energy. Intensive (70C) for pans with burnt-on food. Quick (35C) for lightly soiled loads only.\n\nCleaning. Once a month, take out the filter at the bottom, rinse it under the tap and put it back until it clicks. Wipe the door seal. Run an empty hot programme with a dishwasher cleaner every three months.\n\nTroubleshooting. Water left at the bottom: clean the filter and check the drain hose is not kinked. Cloudy glasses: add more rinse aid or use less detergent. Error E4: close the water tap, unplug the machine and call the service number on the inside of the door.",
    ),
    (
        "email",
        "de",
        "Betreff: Umzug ins neue Lager - bitte unbedingt lesen\n\nLiebe Kolleginnen und Kollegen,\n\nam 16. und 17. Dezember ziehen wir mit dem Lager von der Hafenstraße in die neue Halle im Gewerbegebiet Nord. Damit alles glatt läuft, bitten wir euch um Folgendes:\n\nVor dem Umzug: Räumt bis zum 13. Dezember alle persönlichen Sachen aus den Spinden. Beschriftet jede Kiste mit Regalnummer und Fach, zum Beispiel R12-F3. Gefahrstoffe werden gesondert von der Firma Krämer abgeholt; bitte nicht selbst einpacken.\n\nWährend des Umzugs: Am 16. arbeiten nur die eingeteilten Teams. Tragt Sicherheitsschuhe und Warnwesten. Fahrt mit den Staplern nur auf den markierten Wegen, da die Halle noch nicht vollständig eingeräumt ist.\n\nNach dem Umzug: Am 18. Dezember startet der normale Betrieb. Die neuen Regalpläne hängen am Eingang und liegen im Intranet. Meldet fehlende oder beschädigte Ware sofort über das Formular, nicht per Zuruf.\n\nParken: An der neuen Halle gibt es 40 Parkplätze. Bitte bildet Fahrgemeinschaften oder nehmt den Bus 23, der direkt vor dem Tor hält.\n\nVielen Dank für eure Unterstützung!\nEure Lagerleitung",
    ),
    (
        "policy",
        "fr",
        "Règlement intérieur de la résidence étudiante\n\nArticle 1 - Accès. L'accès à la résidence se fait uniquement avec votre badge. Ne prêtez jamais votre badge et ne laissez entrer personne derrière vous. Les visiteurs doivent être accompagnés et quitter la résidence avant 23 heures.\n\nArticle 2 - Calme. Le silence est de rigueur entre 22 heures et 7 heures. Les fêtes dans les chambres sont interdites ; utilisez la salle commune sur réservation.\n\nArticle 3 - Cuisine commune. Nettoyez les plaques et l'évier après chaque utilisation. Étiquetez vos aliments dans le réfrigérateur. Les produits non étiquetés sont jetés le dimanche soir.\n\nArticle 4 - Sécurité. Il est interdit d'utiliser des bougies, des radiateurs d'appoint ou des plaques électriques dans les chambres. Ne bloquez jamais les portes coupe-feu. En cas d'alarme, quittez immédiatement le bâtiment par l'escalier le plus proche.\n\nArticle 5 - Départ. Prévenez l'administration un mois avant votre départ. Rendez la chambre propre et vide, et remettez votre badge à l'accueil lors de l'état des lieux de sortie. La caution est restituée sous deux mois.",
    ),
    (
        "manual",
        "es",
        "Guía para nuevos voluntarios del banco de alimentos\n\nBienvenido/a. Antes de tu primer turno, lee esta guía completa.\n\nLlegada. Preséntate en recepción diez minutos antes, firma la hoja de asistencia y coge un chaleco. Deja tus cosas en las taquillas; no se permiten mochilas en el almacén.\n\nHigiene. Lávate las manos al llegar y después de cada pausa. Usa guantes para manipular alimentos frescos. Si estás enfermo/a, no vengas y avisa al coordinador.\n\nClasificación. Revisa la fecha de caducidad de cada producto. Aparta los productos caducados en la caja roja y los dañados en la caja gris. Coloca las latas con la etiqueta hacia fuera y los productos más antiguos delante.\n\nReparto. Trata a todas las personas con respeto y discreción. No hagas preguntas personales ni comentarios sobre lo que llevan. Si alguien necesita algo especial (por ejemplo, sin gluten), consulta al coordinador.\n\nAl terminar. Barre tu zona, devuelve el chaleco y apunta en la hoja las incidencias del día. ¡Gracias por tu tiempo!",
    ),
    (
        "code",
        "en",
        "# Runbook: on-call for the payments API\n\n## When you are paged\n1. Acknowledge the page within 5 minutes in the paging app.\n2. Open the payments dashboard and check error rate, latency and the queue depth.\n3. Post in #payments-incidents: what alerted, what you see, and that you are on it.\n\n## Common alerts\n- High 5xx rate: check the last deploy. If it was within an hour, roll back first, investigate second (`./rollback.sh payments`).\n- Bank timeout: check the bank's status page. If the bank is down, switch to the backup provider with the feature flag `payments.provider=backup` and tell the support team.\n- Queue backlog: scale the workers (`kubectl scale deploy/payments-worker --replicas=12`). Do not go above 20; the database will not keep up.\n\n## Never\n- Never retry failed charges by hand; customers could be charged twice.\n- Never share card data in chat, even masked.\n- Never close the incident before the error rate has been normal for 30 minutes.\n\n## Handover\nWrite a short summary in the incident document before your shift ends, and brief the next person on the call.",
    ),
)
